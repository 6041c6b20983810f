package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.JsonEndpoint;
import io.mercato.warehouse.api.Reservation;
import io.mercato.warehouse.api.ReserveCommand;
import io.mercato.warehouse.api.StockService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/warehouse/reservations}: reserving stock for an order. Order intake calls it more than
 * anything else, so it is a {@link JsonEndpoint} (plain servlet, same contract) rather than a JAX-RS method.
 */
@Component(property = JsonEndpoint.PATH + "=warehouse/reservations")
@RequiresCapability("warehouse.stock")
public class ReservationEndpoint implements JsonEndpoint<ReserveCommand> {
    private final StockService stock;

    @Activate
    public ReservationEndpoint(@Reference StockService stock) {
        this.stock = stock;
    }

    @Override
    public Class<ReserveCommand> inputType() {
        return ReserveCommand.class;
    }

    @Override
    public Reservation handle(ReserveCommand command, Actor actor) {
        return stock.reserve(command, actor);
    }
}
