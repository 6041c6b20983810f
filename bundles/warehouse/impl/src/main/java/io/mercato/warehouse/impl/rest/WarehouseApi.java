package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * {@code /api/warehouse}: every warehouse resource in one application, published once all of them are ready and
 * withdrawn at once, so its endpoints never answer half the time while the department starts or stops.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.warehouse)")
@JaxrsName("mercato.warehouse")
@MercatoApi
public class WarehouseApi extends DepartmentApplication {
    @Activate
    public WarehouseApi(@Reference WarehouseResource warehouses, @Reference StockResource stock,
                        @Reference ReservationResource reservations, @Reference TransferResource transfers,
                        @Reference RebalancingResource rebalancing, @Reference ImportResource imports) {
        super(warehouses, stock, reservations, transfers, rebalancing, imports);
    }
}
