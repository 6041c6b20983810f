package io.mercato.delivery.impl.persistence;

import io.mercato.delivery.impl.service.OrderDraft;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Sales orders, their lines and their timeline. */
public interface OrderMapper {
    String COLUMNS = "id, number, channel, channel_order, status, status_reason, stock_state, customer_name, phone, province, city, "
            + "district, street, postcode, address_key, payment_method, payment_reference, buyer_note, goods_total, discount_total, "
            + "shipping_fee, total, risk_score, risk_decision, risk_version, risk_findings::text AS risk_findings, org_department, "
            + "placed_at, created_by, updated_at";
    /** {@code q} finds an order by its number, the channel's number or the customer's phone (all exact, all indexed). */
    String FILTER = "<where><if test='q != null'>(number = #{q} OR channel_order = #{q} OR phone = #{phone})</if>"
            + "<if test='status != null'> AND status = #{status}</if>"
            + "<if test='from != null'> AND placed_at &gt;= #{from}</if><if test='to != null'> AND placed_at &lt; #{to}</if>";

    /** The new order as stored, or null when the channel's order was taken in before. */
    @Select("INSERT INTO delivery.sales_order (number, channel, channel_order, status, stock_state, customer_name, phone, province, city, "
            + "district, street, postcode, address_key, payment_method, payment_reference, buyer_note, goods_total, discount_total, "
            + "shipping_fee, total, risk_score, risk_decision, risk_version, risk_findings, org_department, created_by) VALUES ("
            + "'SO-' || lpad(nextval('delivery.order_number')::text, 8, '0'), #{o.channel}, #{o.channelOrder}, 'RECEIVED', 'NONE', "
            + "#{o.customerName}, #{o.phone}, #{o.province}, #{o.city}, #{o.district}, #{o.street}, #{o.postcode}, #{o.addressKey}, "
            + "#{o.paymentMethod}, #{o.paymentReference}, #{o.buyerNote}, #{o.goodsTotal}, #{o.discountTotal}, #{o.shippingFee}, "
            + "#{o.total}, #{score}, #{decision}, #{version}, #{findings}::jsonb, #{orgDepartment}, #{createdBy}) "
            + "ON CONFLICT (channel, channel_order) DO NOTHING RETURNING " + COLUMNS)
    OrderRow insert(@Param("o") OrderDraft order, @Param("score") int score, @Param("decision") String decision,
                @Param("version") int version, @Param("findings") String findings, @Param("orgDepartment") String orgDepartment,
                @Param("createdBy") String createdBy);

    @Insert("<script>INSERT INTO delivery.order_line (order_id, line_no, sku, quantity, unit_price, discount, amount, merchant_code) VALUES "
            + "<foreach collection='lines' item='l' separator=','>(#{orderId}, #{l.lineNo}, #{l.sku}, #{l.quantity}, #{l.unitPrice}, "
            + "#{l.discount}, #{l.amount}, #{l.merchantCode})</foreach></script>")
    void insertLines(@Param("orderId") long orderId, @Param("lines") List<OrderDraft.DraftLine> lines);

    @Select("SELECT " + COLUMNS + " FROM delivery.sales_order WHERE id = #{id}")
    OrderRow byId(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM delivery.sales_order WHERE number = #{number}")
    OrderRow find(@Param("number") String number);

    @Select("SELECT " + COLUMNS + " FROM delivery.sales_order WHERE number = #{number} FOR UPDATE")
    OrderRow lock(@Param("number") String number);

    @Select("SELECT " + COLUMNS + " FROM delivery.sales_order WHERE id = #{id} FOR UPDATE")
    OrderRow lockById(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM delivery.sales_order WHERE channel = #{channel} AND channel_order = #{channelOrder}")
    OrderRow byChannel(@Param("channel") String channel, @Param("channelOrder") String channelOrder);

    @Select("SELECT order_id, line_no, sku, quantity, unit_price, discount, amount, merchant_code FROM delivery.order_line "
            + "WHERE order_id = #{id} ORDER BY line_no")
    List<LineRow> lines(@Param("id") long orderId);

    /**
     * Newest first. Between days the list runs in the order it was placed (the days' index answers it); otherwise by id,
     * which is the same order for orders taken in live. The cursor is the last row's id, and its placing time between days.
     */
    @Select("<script>SELECT " + COLUMNS + " FROM delivery.sales_order " + FILTER
            + "<if test='beforeId != null and beforePlaced == null'> AND id &lt; #{beforeId}</if>"
            + "<if test='beforePlaced != null'> AND (placed_at, id) &lt; (#{beforePlaced}, #{beforeId})</if></where> "
            + "<choose><when test='from != null or to != null'>ORDER BY placed_at DESC, id DESC</when><otherwise>ORDER BY id DESC</otherwise></choose>"
            + " LIMIT #{limit} OFFSET #{offset}</script>")
    List<OrderRow> search(@Param("q") String q, @Param("phone") String phone, @Param("status") String status, @Param("from") Instant from,
                          @Param("to") Instant to, @Param("beforeId") Long beforeId, @Param("beforePlaced") Instant beforePlaced,
                          @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM delivery.sales_order " + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("phone") String phone, @Param("status") String status, @Param("from") Instant from,
               @Param("to") Instant to, @Param("limit") int limit);

    /** The review queue: highest score first, then oldest. */
    @Select("<script>SELECT " + COLUMNS + " FROM delivery.sales_order WHERE status = 'UNDER_REVIEW'"
            + "<if test='afterScore != null'> AND (risk_score, -id) &lt; (#{afterScore}, -#{afterId})</if>"
            + " ORDER BY risk_score DESC, id LIMIT #{limit} OFFSET #{offset}</script>")
    List<OrderRow> reviewQueue(@Param("afterScore") Integer afterScore, @Param("afterId") Long afterId, @Param("limit") int limit,
                               @Param("offset") int offset);

    @Select("SELECT count(*) FROM (SELECT 1 FROM delivery.sales_order WHERE status = 'UNDER_REVIEW' LIMIT #{limit}) counted")
    long reviewQueueCount(@Param("limit") int limit);

    /** Changes the status; the order as it now is (one round trip instead of an update and a read). */
    @Select("UPDATE delivery.sales_order SET status = #{status}, status_reason = #{reason}, updated_at = now() WHERE id = #{id} "
            + "RETURNING " + COLUMNS)
    OrderRow setStatus(@Param("id") long id, @Param("status") String status, @Param("reason") String reason);

    @Update("UPDATE delivery.sales_order SET stock_state = #{state}, updated_at = now() WHERE id = #{id}")
    int setStockState(@Param("id") long id, @Param("state") String state);

    @Update("UPDATE delivery.sales_order SET customer_name = #{name}, phone = #{phone}, province = #{province}, city = #{city}, "
            + "district = #{district}, street = #{street}, postcode = #{postcode}, address_key = #{addressKey}, updated_at = now() WHERE id = #{id}")
    int setContact(@Param("id") long id, @Param("name") String name, @Param("phone") String phone, @Param("province") String province,
                   @Param("city") String city, @Param("district") String district, @Param("street") String street,
                   @Param("postcode") String postcode, @Param("addressKey") String addressKey);

    @Insert("INSERT INTO delivery.order_event (order_id, kind, from_status, to_status, reason, details, actor) "
            + "VALUES (#{id}, #{kind}, #{from}, #{to}, #{reason}, #{details}::jsonb, #{actor})")
    void recordEvent(@Param("id") long orderId, @Param("kind") String kind, @Param("from") String from, @Param("to") String to,
                     @Param("reason") String reason, @Param("details") String details, @Param("actor") String actor);

    @Select("SELECT kind, from_status, to_status, reason, details::text AS details, actor, at FROM delivery.order_event "
            + "WHERE order_id = #{id} ORDER BY id")
    List<EventRow> timeline(@Param("id") long orderId);

    /** Numbers of orders waiting for stock after the given one, oldest first, for the backorder sweep. */
    @Select("SELECT number FROM delivery.sales_order WHERE stock_state = 'WAITING' AND number > #{after} ORDER BY number LIMIT #{limit}")
    List<String> waiting(@Param("after") String after, @Param("limit") int limit);

    /** Orders waiting for stock that hold a line of the SKU, oldest first. */
    @Select("SELECT o.number FROM delivery.sales_order o WHERE o.stock_state = 'WAITING' AND EXISTS "
            + "(SELECT 1 FROM delivery.order_line l WHERE l.order_id = o.id AND l.sku = #{sku}) ORDER BY o.id LIMIT #{limit}")
    List<String> waitingFor(@Param("sku") String sku, @Param("limit") int limit);

    /** Open orders go to the department that now reviews orders; finished ones keep the department that handled them. */
    @Update("UPDATE delivery.sales_order SET org_department = #{to} WHERE org_department = #{from} "
            + "AND status NOT IN ('DELIVERED', 'CANCELLED', 'RETURNED')")
    int reown(@Param("from") String from, @Param("to") String to);

    /** Order lines sold for a third-party merchant: they name merchant onboarding's merchants. */
    @Select("SELECT count(*) FROM delivery.order_line WHERE merchant_code IS NOT NULL")
    long linesNamingMerchants();
}
