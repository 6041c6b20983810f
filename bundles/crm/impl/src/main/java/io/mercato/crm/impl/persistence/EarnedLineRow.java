package io.mercato.crm.impl.persistence;

/** A line's earning entry and what of it is still to reverse. */
public record EarnedLineRow(long entryId, int lineNo, int quantity, long pointsEarned, long lotId, long reversed) {
}
