package io.mercato.warehouse.impl.service;

/** A warehouse as staff create or edit it. */
public record WarehouseInput(String code, String name, String region, String address, Boolean active) {
}
