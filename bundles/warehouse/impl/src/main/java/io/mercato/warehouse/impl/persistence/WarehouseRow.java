package io.mercato.warehouse.impl.persistence;

import io.mercato.warehouse.api.Warehouse;

public record WarehouseRow(long id, String code, String name, String region, String address, boolean active) {
    public Warehouse toWarehouse() {
        return new Warehouse(code, name, region, address, active);
    }
}
