package io.mercato.platform.org;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/org}: the organisation's REST resources, published as one application. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.org)")
@JaxrsName("mercato.org")
@MercatoApi
public class OrgApi extends DepartmentApplication {
    @Activate
    public OrgApi(@Reference OrgResource organisation) {
        super(organisation);
    }
}
