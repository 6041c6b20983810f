package io.mercato.admin.impl.service;

import io.mercato.platform.api.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The departments the distribution's features repositories know: every feature {@code mercato-<code>} except the
 * platform's building blocks, API features ({@code mercato-<code>-api}) and combinations of departments. Karaf is the
 * truth about what is installed; the admin schema only remembers what the admin did.
 */
@Component(service = DepartmentCatalog.class)
public class DepartmentCatalog {
    static final String PREFIX = "mercato-";
    private static final Pattern DEPARTMENT = Pattern.compile(PREFIX + "([a-z][a-z0-9]{1,30})");
    private static final Pattern API = Pattern.compile(PREFIX + "([a-z][a-z0-9]{1,30})-api");
    /** Part of every installation: never offered for removal. */
    static final Set<String> PLATFORM = Set.of("platform", "libraries", "admin");
    private final FeaturesService features;

    @Activate
    public DepartmentCatalog(@Reference FeaturesService features) {
        this.features = features;
    }

    FeaturesService features() {
        return features;
    }

    /** Every department, by code. */
    public Map<String, DepartmentFeature> departments() {
        Map<String, List<Feature>> versions = new TreeMap<>();
        for (Feature feature : all()) {
            Matcher name = DEPARTMENT.matcher(feature.getName());
            if (name.matches() && !PLATFORM.contains(name.group(1)) && !combination(feature)) {
                versions.computeIfAbsent(name.group(1), code -> new ArrayList<>()).add(feature);
            }
        }
        Map<String, DepartmentFeature> departments = new LinkedHashMap<>();
        versions.forEach((code, candidates) -> departments.put(code, describe(code, candidates)));
        return departments;
    }

    public DepartmentFeature department(String code) {
        DepartmentFeature department = code == null ? null : departments().get(code);
        if (department == null) {
            throw new NotFoundException("No department '" + code + "' in the features repository"
                    + (code != null && PLATFORM.contains(code) ? ": " + code + " is part of the platform" : ""));
        }
        return department;
    }

    private DepartmentFeature describe(String code, List<Feature> candidates) {
        candidates.sort(Comparator.comparing((Feature feature) -> org.osgi.framework.Version.valueOf(Versions.osgi(feature.getVersion()))));
        Feature newest = candidates.get(candidates.size() - 1);
        Feature installed = candidates.stream().filter(features::isInstalled).reduce((a, b) -> b).orElse(null);
        Feature shown = installed == null ? newest : installed;
        List<String> uses = new ArrayList<>();
        for (Dependency dependency : shown.getDependencies()) {
            Matcher api = API.matcher(dependency.getName());
            if (api.matches() && !api.group(1).equals(code)) {
                uses.add(api.group(1));
            }
        }
        List<String> bundles = shown.getBundles().stream().map(bundle -> bundle.getLocation()).toList();
        return new DepartmentFeature(code, shown.getName(), shown.getDescription(), newest.getVersion(),
                installed == null ? null : installed.getVersion(), List.copyOf(uses), bundles);
    }

    /** A feature made only of other department features (the combined procurement &amp; logistics team). */
    private static boolean combination(Feature feature) {
        return feature.getBundles().isEmpty() && !feature.getDependencies().isEmpty()
                && feature.getDependencies().stream().allMatch(dependency -> DEPARTMENT.matcher(dependency.getName()).matches());
    }

    private Feature[] all() {
        try {
            return features.listFeatures();
        } catch (Exception e) {
            throw new IllegalStateException("The features repositories cannot be read: " + e.getMessage(), e);
        }
    }
}
