package io.mercato.merchants.impl.rest;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/merchants}: every merchant onboarding resource in one application, published and withdrawn at once. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.merchants)")
@JaxrsName("mercato.merchants")
@MercatoApi
public class MerchantsApi extends DepartmentApplication {
    @Activate
    public MerchantsApi(@Reference MerchantResource merchants, @Reference CommissionResource commission,
                        @Reference SettlementResource settlements) {
        super(merchants, commission, settlements);
    }
}
