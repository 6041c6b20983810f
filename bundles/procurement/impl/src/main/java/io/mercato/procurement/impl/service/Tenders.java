package io.mercato.procurement.impl.service;

import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.procurement.impl.persistence.BidLineRow;
import io.mercato.procurement.impl.persistence.BidRow;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.TenderItemRow;
import io.mercato.procurement.impl.persistence.TenderMapper;
import io.mercato.procurement.impl.persistence.TenderRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading a tender inside a transaction: the staff view (sealed until opened) and the proposal once opened. */
final class Tenders {
    private Tenders() {
    }

    static TenderRow require(TenderRow row, String number) {
        if (row == null) {
            throw new NotFoundException("No tender " + number);
        }
        return row;
    }

    static TenderView view(TransactionContext tx, TenderRow tender) {
        TenderMapper tenders = tx.mapper(TenderMapper.class);
        List<TenderItemRow> items = tenders.items(tender.id());
        List<TenderView.Invited> invited = tenders.invitations(tender.id()).stream()
                .map(invitation -> new TenderView.Invited(invitation.supplierCode(), invitation.supplierName())).toList();
        int bidCount = tenders.liveBidCount(tender.id());
        if ("OPEN".equals(tender.status())) {
            // Sealed: no bid is read at all, so nothing of one can reach the answer.
            return TenderView.of(tender, bidCount, items, invited, null, null, tenders.awards(tender.id()));
        }
        List<BidRow> bids = tenders.liveBids(tender.id());
        List<BidLineRow> lines = tenders.liveBidLines(tender.id());
        List<TenderView.OpenedBid> opened = bids.stream().map(bid -> new TenderView.OpenedBid(bid.supplierCode(), bid.version(),
                bid.channel(), bid.submittedAt(), bid.submittedBy(), bid.digest(), bid.nonce(), lines.stream()
                .filter(line -> line.bidId() == bid.id()).map(Tenders::input).toList())).toList();
        return TenderView.of(tender, bidCount, items, invited, opened, proposal(tx, tender, items, bids, lines),
                tenders.awards(tender.id()));
    }

    static List<AwardProposal.ItemProposal> proposal(TransactionContext tx, TenderRow tender) {
        TenderMapper tenders = tx.mapper(TenderMapper.class);
        return proposal(tx, tender, tenders.items(tender.id()), tenders.liveBids(tender.id()), tenders.liveBidLines(tender.id()));
    }

    private static List<AwardProposal.ItemProposal> proposal(TransactionContext tx, TenderRow tender, List<TenderItemRow> items,
                                                             List<BidRow> bids, List<BidLineRow> lines) {
        Map<String, BigDecimal> scores = new HashMap<>();
        SupplierMapper suppliers = tx.mapper(SupplierMapper.class);
        for (BidRow bid : bids) {
            BigDecimal onTime = SupplierService.scorecard(tx, suppliers.byId(bid.supplierId()), 12).overall().onTimePercent();
            if (onTime != null) {
                scores.put(bid.supplierCode(), onTime);
            }
        }
        LocalDate openedOn = tender.openedAt() == null ? LocalDate.now(PurchaseOrderService.COMPANY_ZONE)
                : tender.openedAt().atZone(PurchaseOrderService.COMPANY_ZONE).toLocalDate();
        return AwardProposal.propose(items, bids, lines, openedOn, scores);
    }

    static BidInput.Line input(BidLineRow line) {
        return new BidInput.Line(line.itemNo(), line.unitPrice(), line.leadTimeDays(), line.minQuantity(), line.maxQuantity(),
                line.validUntil());
    }
}
