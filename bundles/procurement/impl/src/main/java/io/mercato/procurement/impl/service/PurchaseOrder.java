package io.mercato.procurement.impl.service;

import io.mercato.procurement.impl.persistence.OrderLineRow;
import io.mercato.procurement.impl.persistence.PurchaseOrderRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase order as the API shows it; {@code lines} and {@code receipts} only on the detail, empty in lists. */
public record PurchaseOrder(String number, String supplier, String supplierName, String status, String currency,
                            String warehouseCode, LocalDate expectedOn, BigDecimal total, int revision, Long approvalId,
                            boolean approvedForThisRevision, String copiedFrom, String note, String cancelReason,
                            String orgDepartment, String createdBy, Instant createdAt, Instant updatedAt, List<Line> lines,
                            List<Receipt> receipts) {
    public record Line(int line, String sku, int quantity, BigDecimal unitPrice, BigDecimal tolerancePercent, int accepted,
                       int rejected, int open) {
        static Line of(OrderLineRow row) {
            return new Line(row.lineNo(), row.sku(), row.quantity(), row.unitPrice(), row.tolerancePercent(), row.accepted(),
                    row.rejected(), Math.max(0, row.quantity() - row.accepted()));
        }
    }

    public record Receipt(long id, String warehouseCode, String note, String receivedBy, Instant receivedAt, boolean stockPosted,
                          Instant stockPostedAt, List<ReceiptLine> lines) {
    }

    public record ReceiptLine(int line, String sku, int received, int rejected, String rejectReason) {
    }

    static PurchaseOrder of(PurchaseOrderRow row, List<Line> lines, List<Receipt> receipts) {
        return new PurchaseOrder(row.number(), row.supplierCode(), row.supplierName(), row.status(), row.currency(),
                row.warehouseCode(), row.expectedOn(), row.total(), row.revision(), row.approvalId(),
                row.approvedRevision() != null && row.approvedRevision() == row.revision(), row.copiedFrom(), row.note(),
                row.cancelReason(), row.orgDepartment(), row.createdBy(), row.createdAt(), row.updatedAt(), lines, receipts);
    }

    static PurchaseOrder summary(PurchaseOrderRow row) {
        return of(row, List.of(), List.of());
    }
}
