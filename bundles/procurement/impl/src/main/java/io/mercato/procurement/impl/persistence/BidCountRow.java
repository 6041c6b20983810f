package io.mercato.procurement.impl.persistence;

public record BidCountRow(long tenderId, int bids) {
}
