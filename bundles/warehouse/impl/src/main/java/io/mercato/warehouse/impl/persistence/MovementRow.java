package io.mercato.warehouse.impl.persistence;

import java.time.Instant;

public record MovementRow(long id, Instant at, String actor, String sku, String warehouseCode, String kind,
                          int onHandDelta, int reservedDelta, int inTransitDelta, String reason, String reference) {
}
