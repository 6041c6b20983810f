package io.mercato.procurement.impl.persistence;

public record AwardRow(int itemNo, long bidId, String supplierCode, boolean proposed, String purchaseOrder) {
}
