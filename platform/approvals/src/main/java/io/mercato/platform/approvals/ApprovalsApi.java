package io.mercato.platform.approvals;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/approvals}: rules, submissions, decisions and the inbox, published as one application. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.approvals)")
@JaxrsName("mercato.approvals")
@MercatoApi
public class ApprovalsApi extends DepartmentApplication {
    @Activate
    public ApprovalsApi(@Reference ApprovalResource approvals) {
        super(approvals);
    }
}
