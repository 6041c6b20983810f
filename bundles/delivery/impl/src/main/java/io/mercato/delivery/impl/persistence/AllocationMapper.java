package io.mercato.delivery.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The warehouse reservations that hold an order's stock. */
public interface AllocationMapper {
    @Insert("INSERT INTO delivery.allocation (reservation_key, order_id, line_no, sku, warehouse_code, quantity) "
            + "VALUES (#{key}, #{orderId}, #{lineNo}, #{sku}, #{warehouse}, #{quantity})")
    void insert(@Param("key") String key, @Param("orderId") long orderId, @Param("lineNo") int lineNo, @Param("sku") String sku,
                @Param("warehouse") String warehouse, @Param("quantity") int quantity);

    @Select("SELECT reservation_key, line_no, sku, warehouse_code, quantity, status FROM delivery.allocation WHERE order_id = #{id} "
            + "ORDER BY line_no, warehouse_code")
    List<AllocationRow> forOrder(@Param("id") long orderId);

    @Update("UPDATE delivery.allocation SET status = #{status} WHERE reservation_key = #{key}")
    int setStatus(@Param("key") String key, @Param("status") String status);
}
