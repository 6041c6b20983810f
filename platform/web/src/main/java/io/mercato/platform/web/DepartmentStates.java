package io.mercato.platform.web;

import java.util.regex.Pattern;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to answer for {@code /api/<department>/...} when no application of that department serves it: the
 * department's feature ({@code mercato-<department>}) tells whether it is not installed (404) or installed and
 * still starting (503). An admin's install or uninstall changes what is required first, so the answer moves in
 * one direction during either, never back and forth.
 */
@Component(service = DepartmentStates.class)
public class DepartmentStates {
    static final String NOT_INSTALLED = "https://mercato.io/problems/department-not-installed";
    static final String STARTING = "https://mercato.io/problems/department-starting";
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentStates.class);
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9]{1,30}");
    /** Features named mercato-* that are building blocks, not departments. */
    private static final java.util.Set<String> NOT_DEPARTMENTS = java.util.Set.of("platform", "libraries");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeaturesService features;

    /** The problem for a request path under /api that nothing serves. */
    Problem unserved(String requestPath) {
        String department = department(requestPath);
        FeaturesService current = features;
        Feature feature = department == null || current == null ? null : feature(current, department);
        if (feature == null) {
            return Problem.ofStatus(404, "Not Found");
        }
        if (current.isRequired(feature)) {
            return new Problem(STARTING, "Department starting", 503, "The " + department
                    + " department is installed and still starting; retry shortly", null, null);
        }
        return new Problem(NOT_INSTALLED, "Department not installed", 404, "The " + department
                + " department is not installed; an admin can install it (feature mercato-" + department + ")", null, null);
    }

    /**
     * The departments an admin installed (their feature {@code mercato-<code>} is required), in name order; empty when
     * the features service is not there (then nothing tells which are meant to run).
     */
    java.util.List<String> installed() {
        FeaturesService current = features;
        if (current == null) {
            return java.util.List.of();
        }
        try {
            java.util.List<String> codes = new java.util.ArrayList<>();
            for (Feature feature : current.listRequiredFeatures()) {
                String name = feature.getName();
                if (name.startsWith("mercato-") && !name.endsWith("-api")) {
                    String code = name.substring("mercato-".length());
                    if (DEPARTMENT.matcher(code).matches() && !NOT_DEPARTMENTS.contains(code) && !codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            java.util.Collections.sort(codes);
            return codes;
        } catch (Exception e) {
            LOG.debug("The installed features could not be listed", e);
            return java.util.List.of();
        }
    }

    /** {@code /api/warehouse/stock} → {@code warehouse}; null when the path names no department. */
    static String department(String requestPath) {
        String path = AuthenticationFilter.withoutEdgeSlashes(requestPath == null ? "" : requestPath);
        if (path.equals("api") || path.startsWith("api/")) {
            path = path.substring(Math.min(4, path.length()));
        }
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        return DEPARTMENT.matcher(first).matches() && !NOT_DEPARTMENTS.contains(first) ? first : null;
    }

    private static Feature feature(FeaturesService features, String department) {
        try {
            return features.getFeature("mercato-" + department);
        } catch (Exception e) {
            LOG.debug("Feature of department {} could not be looked up", department, e);
            return null;
        }
    }
}
