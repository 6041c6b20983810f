package io.mercato.procurement.impl.service;

import io.mercato.procurement.impl.persistence.BidLineRow;
import io.mercato.procurement.impl.persistence.BidRow;
import io.mercato.procurement.impl.persistence.TenderItemRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The award the system proposes on opening, per item: the lowest price among acceptable quotes — acceptable meaning the
 * item's quantity lies within the quote's minimum and maximum, the goods arrive by the item's needed-by date (opening
 * day plus lead time), and the quote is still valid — ties broken by the shorter lead time, then the better supplier
 * score (on-time rate; none counts lowest), then the supplier code.
 */
final class AwardProposal {
    /** One supplier's quote for one item, whether it is acceptable and why not. */
    record Quote(int itemNo, long bidId, String supplier, BigDecimal unitPrice, int leadTimeDays, int minQuantity,
                 Integer maxQuantity, LocalDate validUntil, boolean acceptable, String refusal) {
    }

    /** An item with every quote for it and the proposed one (null when no quote is acceptable). */
    record ItemProposal(TenderItemRow item, List<Quote> quotes, Quote proposed) {
    }

    private AwardProposal() {
    }

    static List<ItemProposal> propose(List<TenderItemRow> items, List<BidRow> bids, List<BidLineRow> lines, LocalDate openedOn,
                                      Map<String, BigDecimal> scores) {
        Map<Long, BidRow> byId = bids.stream().collect(Collectors.toMap(BidRow::id, Function.identity()));
        List<ItemProposal> proposals = new ArrayList<>();
        for (TenderItemRow item : items) {
            List<Quote> quotes = lines.stream().filter(line -> line.itemNo() == item.itemNo() && byId.containsKey(line.bidId()))
                    .map(line -> quote(item, byId.get(line.bidId()), line, openedOn))
                    .sorted(Comparator.comparing(Quote::supplier)).toList();
            Optional<Quote> best = quotes.stream().filter(Quote::acceptable)
                    .min(Comparator.comparing(Quote::unitPrice)
                            .thenComparingInt(Quote::leadTimeDays)
                            .thenComparing(quote -> scores.getOrDefault(quote.supplier(), null),
                                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                            .thenComparing(Quote::supplier));
            proposals.add(new ItemProposal(item, quotes, best.orElse(null)));
        }
        return proposals;
    }

    private static Quote quote(TenderItemRow item, BidRow bid, BidLineRow line, LocalDate openedOn) {
        String refusal = null;
        if (item.quantity() < line.minQuantity()) {
            refusal = "minimum quantity " + line.minQuantity() + " is above the " + item.quantity() + " asked for";
        } else if (line.maxQuantity() != null && item.quantity() > line.maxQuantity()) {
            refusal = "maximum quantity " + line.maxQuantity() + " is below the " + item.quantity() + " asked for";
        } else if (openedOn.plusDays(line.leadTimeDays()).isAfter(item.neededBy())) {
            refusal = "a lead time of " + line.leadTimeDays() + " days misses the needed-by date " + item.neededBy();
        } else if (line.validUntil().isBefore(openedOn)) {
            refusal = "the quote expired on " + line.validUntil();
        }
        return new Quote(item.itemNo(), bid.id(), bid.supplierCode(), line.unitPrice(), line.leadTimeDays(), line.minQuantity(),
                line.maxQuantity(), line.validUntil(), refusal == null, refusal);
    }
}
