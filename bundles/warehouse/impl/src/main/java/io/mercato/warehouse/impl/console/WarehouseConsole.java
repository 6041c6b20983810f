package io.mercato.warehouse.impl.console;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The warehouse pages of the console: menu entries plus the page module served from this bundle. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/warehouse/*", prefix = "/static/warehouse")
public class WarehouseConsole extends ConsolePages {
    private static final String STOCK = "warehouse.stock";
    private static final String TRANSFER = "warehouse.transfer";

    public WarehouseConsole() {
        super("warehouse", "Warehousing", "仓储", 30, List.of(
                new ConsoleMenuEntry("/warehouse/warehouses", "Warehouses", "仓库", STOCK),
                new ConsoleMenuEntry("/warehouse/stock", "Stock by SKU", "库存查询", STOCK),
                new ConsoleMenuEntry("/warehouse/transfers", "Transfers", "调拨单", TRANSFER),
                new ConsoleMenuEntry("/warehouse/rebalancing", "Rebalancing", "库存调配建议", TRANSFER),
                new ConsoleMenuEntry("/warehouse/import", "Opening stock import", "期初库存导入", STOCK)));
    }
}
