package com.example.shop.giftwrap.impl;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/giftwrap}: the department's resources in one application, published once all are ready. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.giftwrap)")
@JaxrsName("mercato.giftwrap")
@MercatoApi
public class DepartmentApi extends DepartmentApplication {
    @Activate
    public DepartmentApi(@Reference WrapResource wrapping) {
        super(wrapping);
    }
}
