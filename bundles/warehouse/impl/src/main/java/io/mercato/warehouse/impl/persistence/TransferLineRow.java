package io.mercato.warehouse.impl.persistence;

public record TransferLineRow(String sku, int quantity, Integer shipped, Integer received) {
}
