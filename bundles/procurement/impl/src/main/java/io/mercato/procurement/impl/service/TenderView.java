package io.mercato.procurement.impl.service;

import io.mercato.procurement.impl.persistence.AwardRow;
import io.mercato.procurement.impl.persistence.TenderItemRow;
import io.mercato.procurement.impl.persistence.TenderRow;
import java.time.Instant;
import java.util.List;

/**
 * A tender as staff see it. While {@code sealed} (before opening) it shows how many bids arrived and nothing of them:
 * {@code bids} and {@code comparison} are null. After opening, every live bid with its lines, digest and nonce, and the
 * comparison of items by supplier with the proposed award.
 */
public record TenderView(String number, String title, String status, Instant deadline, String warehouseCode, boolean sealed,
                         int bidCount, List<TenderItemRow> items, List<Invited> invited, List<OpenedBid> bids,
                         List<AwardProposal.ItemProposal> comparison, List<AwardRow> awards, String earlyOpenRequestedBy,
                         String openedBy, Instant openedAt, String awardJustification, Long approvalId, String cancelReason,
                         String orgDepartment, String createdBy, Instant createdAt) {
    public record Invited(String supplier, String name) {
    }

    public record OpenedBid(String supplier, int version, String channel, Instant submittedAt, String submittedBy, String digest,
                            String nonce, List<BidInput.Line> lines) {
    }

    static TenderView of(TenderRow row, int bidCount, List<TenderItemRow> items, List<Invited> invited, List<OpenedBid> bids,
                         List<AwardProposal.ItemProposal> comparison, List<AwardRow> awards) {
        boolean sealed = "OPEN".equals(row.status());
        return new TenderView(row.number(), row.title(), row.status(), row.deadline(), row.warehouseCode(), sealed, bidCount, items,
                invited, sealed ? null : bids, sealed ? null : comparison, awards, row.earlyOpenRequestedBy(), row.openedBy(),
                row.openedAt(), row.awardJustification(), row.approvalId(), row.cancelReason(), row.orgDepartment(), row.createdBy(),
                row.createdAt());
    }
}
