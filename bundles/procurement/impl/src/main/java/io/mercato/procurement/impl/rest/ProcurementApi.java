package io.mercato.procurement.impl.rest;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/procurement}: every procurement resource in one application, published and withdrawn at once. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.procurement)")
@JaxrsName("mercato.procurement")
@MercatoApi
public class ProcurementApi extends DepartmentApplication {
    @Activate
    public ProcurementApi(@Reference SupplierResource suppliers, @Reference PurchaseOrderResource orders,
                          @Reference PurchaseListResource list, @Reference TenderResource tenders, @Reference PortalResource portal) {
        super(suppliers, orders, list, tenders, portal);
    }
}
