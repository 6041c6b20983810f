package io.mercato.admin.impl.service;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.web.DepartmentServing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import javax.ws.rs.core.Application;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Whether an installed department is up: its bundles active, its schema migrated, none of its components failed or
 * waiting for anything but a partner department, and its JAX-RS application served.
 */
@Component(service = DepartmentHealth.class)
public class DepartmentHealth {
    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final JaxrsServiceRuntime jaxrs;
    private final DepartmentServing serving;

    @Activate
    public DepartmentHealth(BundleContext context, @Reference ServiceComponentRuntime components, @Reference JaxrsServiceRuntime jaxrs,
            @Reference DepartmentServing serving) {
        this.context = context;
        this.components = components;
        this.jaxrs = jaxrs;
        this.serving = serving;
    }

    /** What is not up yet, one line each; empty when the department is healthy. */
    public List<String> problems(DepartmentFeature department) {
        List<String> problems = new ArrayList<>();
        List<Bundle> bundles = bundles(department);
        if (bundles.isEmpty()) {
            problems.add("none of its bundles is installed");
        }
        for (Bundle bundle : bundles) {
            if (bundle.getState() != Bundle.ACTIVE) {
                problems.add("bundle " + bundle.getSymbolicName() + " is " + BundleStates.name(bundle.getState()));
            }
            String schema = bundle.getHeaders().get("Mercato-Schema");
            if (schema != null && !migrated(schema.strip())) {
                problems.add("schema " + schema.strip() + " is not migrated yet");
            }
        }
        problems.addAll(componentProblems(bundles));
        if (!served("mercato." + department.code())) {
            problems.add("its endpoint /api/" + department.code() + " is not served yet");
        }
        return problems;
    }

    /** Whether none of the department's own bundles is installed any more and its endpoint is gone. */
    public boolean gone(DepartmentFeature department) {
        return bundles(department).isEmpty() && !served("mercato." + department.code());
    }

    /** The department's own bundles (not the shared API and platform bundles its feature pulls in). */
    List<Bundle> bundles(DepartmentFeature department) {
        return department.bundles().stream().map(context::getBundle).filter(Objects::nonNull).toList();
    }

    private List<String> componentProblems(Collection<Bundle> bundles) {
        List<String> problems = new ArrayList<>();
        if (bundles.isEmpty()) {
            return problems;
        }
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundles.toArray(Bundle[]::new))) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add("component " + description.name + " failed to activate: " + configuration.failure);
                } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                        problems.add("component " + description.name + " waits for " + reference.name
                                + (reference.target == null ? "" : " " + reference.target));
                    }
                }
            }
        }
        return problems;
    }

    private boolean migrated(String schema) {
        try {
            return context.getServiceReferences(SchemaDatabase.class, "(" + SchemaDatabase.SCHEMA_PROPERTY + "=" + schema + ")").size() > 0;
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    /**
     * Whether the department's endpoint answers: its application is registered, the JAX-RS whiteboard has not refused
     * it, and the platform finds that {@code /api/<code>/} reaches it instead of its fallback. The whiteboard's runtime
     * DTO cannot tell: it lists only one of several applications sharing a base path.
     */
    private boolean served(String applicationName) {
        try {
            if (context.getServiceReferences(Application.class, "(" + JaxrsWhiteboardConstants.JAX_RS_NAME + "=" + applicationName + ")").isEmpty()) {
                return false;
            }
        } catch (InvalidSyntaxException e) {
            return false;
        }
        for (FailedApplicationDTO failed : jaxrs.getRuntimeDTO().failedApplicationDTOs) {
            if (applicationName.equals(failed.name)) {
                return false;
            }
        }
        return answers(applicationName.substring(applicationName.indexOf('.') + 1));
    }

    private boolean answers(String code) {
        // HTTPS only: the registration above is all that can be seen from here.
        return serving.serves(code).orElse(true);
    }
}
