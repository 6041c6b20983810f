package io.mercato.procurement.impl.service;

import io.mercato.platform.api.org.OrgDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Which org department a new document belongs to: the one that owns the capability its kind of document needs. */
@Component(service = Owners.class)
public class Owners {
    private final OrgDirectory org;

    @Activate
    public Owners(@Reference OrgDirectory org) {
        this.org = org;
    }

    /** Null before the organisation is set up (the document is handed on by no reorganisation then). */
    public String of(String capability) {
        return org.departmentOwning(capability).orElse(null);
    }
}
