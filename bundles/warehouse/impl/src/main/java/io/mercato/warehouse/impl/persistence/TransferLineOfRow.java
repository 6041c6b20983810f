package io.mercato.warehouse.impl.persistence;

/** A transfer line together with its transfer's id, for the lines of a whole page at once. */
public record TransferLineOfRow(long transferId, String sku, int quantity, Integer shipped, Integer received) {
    public TransferLineRow line() {
        return new TransferLineRow(sku, quantity, shipped, received);
    }
}
