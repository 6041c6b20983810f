package io.mercato.procurement.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.procurement.impl.persistence.BidLineRow;
import io.mercato.procurement.impl.persistence.BidRow;
import io.mercato.procurement.impl.persistence.TenderItemRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwardProposalTest {
    private static final LocalDate OPENED = LocalDate.of(2026, 12, 1);
    private static final TenderItemRow ITEM = new TenderItemRow(1, "SKU-1", 500, LocalDate.of(2026, 12, 20));

    private static BidRow bid(long id, String supplier) {
        return new BidRow(id, id, supplier, 1, "ONLINE", "d", "n", "u", Instant.EPOCH);
    }

    private static BidLineRow line(long bid, String price, int lead, int min, Integer max, String validUntil) {
        return new BidLineRow(bid, 1, new BigDecimal(price), lead, min, max, LocalDate.parse(validUntil));
    }

    private static AwardProposal.ItemProposal propose(List<BidLineRow> lines, Map<String, BigDecimal> scores) {
        return AwardProposal.propose(List.of(ITEM), List.of(bid(1, "SUP-A"), bid(2, "SUP-B"), bid(3, "SUP-C")), lines, OPENED, scores).get(0);
    }

    @Test
    void theLowestAcceptablePriceIsProposed() {
        AwardProposal.ItemProposal proposal = propose(List.of(line(1, "9.80", 5, 1, null, "2027-01-01"),
                line(2, "9.50", 5, 1, null, "2027-01-01"), line(3, "9.90", 5, 1, null, "2027-01-01")), Map.of());
        assertEquals("SUP-B", proposal.proposed().supplier());
        assertEquals(3, proposal.quotes().size());
    }

    @Test
    void quotesThatMissTheQuantityTheDateOrTheirValidityAreNotAcceptable() {
        AwardProposal.ItemProposal proposal = propose(List.of(line(1, "1.00", 5, 600, null, "2027-01-01"),
                line(2, "2.00", 30, 1, null, "2027-01-01"), line(3, "3.00", 5, 1, 400, "2027-01-01")), Map.of());
        assertNull(proposal.proposed(), "nothing acceptable, nothing proposed");
        assertTrue(proposal.quotes().stream().noneMatch(AwardProposal.Quote::acceptable));
        assertTrue(proposal.quotes().get(0).refusal().contains("minimum"));
        assertTrue(proposal.quotes().get(1).refusal().contains("needed-by"));
        assertTrue(proposal.quotes().get(2).refusal().contains("maximum"));
        AwardProposal.ItemProposal expired = propose(List.of(line(1, "1.00", 5, 1, null, "2026-11-30")), Map.of());
        assertFalse(expired.quotes().get(0).acceptable());
    }

    @Test
    void tiesGoToTheShorterLeadTimeThenTheBetterScore() {
        assertEquals("SUP-C", propose(List.of(line(1, "9.50", 8, 1, null, "2027-01-01"),
                line(3, "9.50", 4, 1, null, "2027-01-01")), Map.of()).proposed().supplier());
        assertEquals("SUP-B", propose(List.of(line(1, "9.50", 5, 1, null, "2027-01-01"),
                line(2, "9.50", 5, 1, null, "2027-01-01")), Map.of("SUP-A", new BigDecimal("80"), "SUP-B", new BigDecimal("97")))
                .proposed().supplier());
        assertEquals("SUP-A", propose(List.of(line(1, "9.50", 5, 1, null, "2027-01-01"),
                line(2, "9.50", 5, 1, null, "2027-01-01")), Map.of("SUP-A", new BigDecimal("10"))).proposed().supplier(),
                "a supplier without a score comes after one with any");
    }
}
