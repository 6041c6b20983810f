package io.mercato.warehouse.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Which warehouses exist, for departments that ship from or receive into them. */
@ProviderType
public interface WarehouseDirectory {
    List<Warehouse> activeWarehouses();

    Optional<Warehouse> find(String code);
}
