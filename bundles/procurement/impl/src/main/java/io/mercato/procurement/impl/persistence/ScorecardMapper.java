package io.mercato.procurement.impl.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** A supplier's record, month by month, from its own orders and receipts. */
public interface ScorecardMapper {
    /**
     * Per month of expected arrival: the orders that were due (sent, expected before today, not cancelled), how many of
     * them arrived in full by their date, units ordered, accepted and rejected. Months without a due order are absent.
     */
    @Select("SELECT date_trunc('month', o.expected_on)::date AS month, count(*) AS due, "
            + "count(*) FILTER (WHERE o.status = 'RECEIVED' AND (SELECT (max(r.received_at) AT TIME ZONE 'Asia/Shanghai')::date "
            + "  FROM procurement.receipt r WHERE r.purchase_order_id = o.id) <= o.expected_on) AS on_time, "
            + "sum(l.ordered) AS ordered, sum(l.accepted) AS accepted, sum(l.rejected) AS rejected "
            + "FROM procurement.purchase_order o CROSS JOIN LATERAL (SELECT sum(quantity) AS ordered, sum(accepted) AS accepted, "
            + "sum(rejected) AS rejected FROM procurement.purchase_order_line WHERE purchase_order_id = o.id) l "
            + "WHERE o.supplier_id = #{supplierId} AND o.status IN ('SENT', 'PARTIALLY_RECEIVED', 'RECEIVED') "
            + "AND o.expected_on >= #{from} AND o.expected_on < #{today} GROUP BY 1 ORDER BY 1")
    List<MonthRow> months(@Param("supplierId") long supplierId, @Param("from") LocalDate from, @Param("today") LocalDate today);

    /** Average unit price per month, weighted by quantity, of the supplier's most ordered SKUs in the window. */
    @Select("WITH lines AS (SELECT l.sku, date_trunc('month', o.created_at)::date AS month, l.quantity, l.unit_price "
            + "FROM procurement.purchase_order o JOIN procurement.purchase_order_line l ON l.purchase_order_id = o.id "
            + "WHERE o.supplier_id = #{supplierId} AND o.status NOT IN ('DRAFT', 'CANCELLED') AND o.created_at >= #{from}), "
            + "top AS (SELECT sku FROM lines GROUP BY sku ORDER BY sum(quantity) DESC, sku LIMIT #{skus}) "
            + "SELECT sku, month, round(sum(quantity * unit_price) / sum(quantity), 4) AS average_price, sum(quantity) AS quantity "
            + "FROM lines WHERE sku IN (SELECT sku FROM top) GROUP BY sku, month ORDER BY sku, month")
    List<PricePointRow> prices(@Param("supplierId") long supplierId, @Param("from") LocalDate from, @Param("skus") int skus);
}
