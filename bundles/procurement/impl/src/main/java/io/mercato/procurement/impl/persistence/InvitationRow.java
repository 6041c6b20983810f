package io.mercato.procurement.impl.persistence;

public record InvitationRow(long supplierId, String supplierCode, String supplierName) {
}
