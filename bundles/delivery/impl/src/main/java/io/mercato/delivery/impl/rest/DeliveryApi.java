package io.mercato.delivery.impl.rest;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/delivery}: every delivery resource in one application, published and withdrawn at once. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.delivery)")
@JaxrsName("mercato.delivery")
@MercatoApi
public class DeliveryApi extends DepartmentApplication {
    @Activate
    public DeliveryApi(@Reference OrderResource orders, @Reference ReviewResource review, @Reference RiskRulesResource rules,
                       @Reference BlacklistResource blacklist, @Reference FulfilmentResource fulfilment, @Reference CourierResource couriers,
                       @Reference AuditResource audit) {
        super(orders, review, rules, blacklist, fulfilment, couriers, audit);
    }
}
