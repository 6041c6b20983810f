package io.mercato.warehouse.impl.service;

import java.util.List;

/** Move goods from one warehouse to another. */
public record TransferRequest(String fromWarehouse, String toWarehouse, List<Line> lines, String note) {
    public record Line(String sku, Integer quantity) {
    }
}
