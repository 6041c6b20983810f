package io.mercato.procurement.impl.service;

/** Puts a supplier on hold or blocks it (a reason is required), or makes it active again. */
public record SupplierStatusChange(String status, String reason) {
}
