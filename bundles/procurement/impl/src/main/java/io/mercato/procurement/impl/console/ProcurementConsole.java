package io.mercato.procurement.impl.console;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import io.mercato.procurement.impl.service.Capabilities;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The procurement pages of the console: menu entries plus the page module served from this bundle. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/procurement/*", prefix = "/static/procurement")
public class ProcurementConsole extends ConsolePages {
    public ProcurementConsole() {
        super("procurement", "Procurement", "采购", 20, List.of(
                new ConsoleMenuEntry("/procurement/suppliers", "Suppliers", "供应商", Capabilities.SUPPLIER),
                new ConsoleMenuEntry("/procurement/purchase-list", "Purchase list", "采购名单", Capabilities.ORDER),
                new ConsoleMenuEntry("/procurement/tenders", "Calls for tenders", "招标", Capabilities.TENDER),
                new ConsoleMenuEntry("/procurement/orders", "Purchase orders", "采购订单", Capabilities.ORDER),
                new ConsoleMenuEntry("/procurement/overdue", "Overdue arrivals", "到货跟催", Capabilities.ORDER)));
    }
}
