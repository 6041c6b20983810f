package io.mercato.platform.api.web;

import java.util.Set;
import javax.ws.rs.core.Application;

/**
 * A department's JAX-RS application: its resources, handed over once, served as singletons. Subclass it as a
 * component with the properties {@link MercatoApi} describes and take the resources as references.
 */
public abstract class DepartmentApplication extends Application {
    private final Set<Object> resources;

    protected DepartmentApplication(Object... resources) {
        this.resources = Set.of(resources);
    }

    @Override
    public final Set<Object> getSingletons() {
        return resources;
    }
}
