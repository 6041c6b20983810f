package io.mercato.warehouse.impl.service;

import java.util.List;

/** What actually arrived; lines left out arrived in full. */
public record ReceiptRequest(List<TransferRequest.Line> lines, String note) {
}
