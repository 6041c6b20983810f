package io.mercato.warehouse.api;

/** A warehouse of the network; {@code region} is the sales region it serves. */
public record Warehouse(String code, String name, String region, String address, boolean active) {
}
