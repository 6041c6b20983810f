package io.mercato.crm.impl.rest;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/crm}: every customer service and CRM resource in one application, published and withdrawn at once. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.crm)")
@JaxrsName("mercato.crm")
@MercatoApi
public class CrmApi extends DepartmentApplication {
    @Activate
    public CrmApi(@Reference MemberResource members, @Reference PointsResource points, @Reference TierResource tiers,
                  @Reference ReturnResource returns, @Reference FinanceResource finance, @Reference TicketResource tickets, @Reference CampaignResource campaigns) {
        super(members, points, tiers, returns, finance, tickets, campaigns);
    }
}
