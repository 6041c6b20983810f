package io.mercato.admin.impl.service;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModulePlan;
import io.mercato.platform.api.ConflictException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What an operation would change. Karaf resolves the change first as a simulation (nothing installed, a resolution
 * failure named); the lists are then read from the features and the bundles installed now.
 */
@Component(service = ModulePlanner.class)
public class ModulePlanner {
    /** Every operation runs with these: no bundle outside the department is refreshed (so none restarts). */
    static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private final DepartmentCatalog catalog;
    private final BundleContext context;

    @Activate
    public ModulePlanner(@Reference DepartmentCatalog catalog, BundleContext context) {
        this.catalog = catalog;
        this.context = context;
    }

    public ModulePlan plan(String code, ModuleAction action) {
        DepartmentFeature department = catalog.department(code);
        OperationRules.check(department, action);
        FeaturesService features = catalog.features();
        Map<String, DepartmentFeature> all = catalog.departments();
        List<String> warnings = new ArrayList<>();
        return switch (action) {
            case INSTALL, UPGRADE -> {
                simulate(features, department, action);
                Set<String> newFeatures = new LinkedHashSet<>();
                Set<String> newBundles = new LinkedHashSet<>();
                collect(features, feature(features, department.feature(), department.newestVersion()), newFeatures, newBundles);
                for (String partner : department.uses()) {
                    DepartmentFeature other = all.get(partner);
                    if (other == null || !other.installed()) {
                        warnings.add(partner + " is not installed: " + code + " starts without it, and what needs it waits until it is");
                    }
                }
                if (action == ModuleAction.UPGRADE) {
                    warnings.add("version " + department.installedVersion() + " is replaced by " + department.newestVersion()
                            + "; its schema is migrated forward and is not rolled back if the upgrade fails");
                }
                yield new ModulePlan(code, action, List.copyOf(newFeatures), List.copyOf(newBundles),
                        action == ModuleAction.UPGRADE ? department.bundles() : List.of(), List.of(), warnings);
            }
            case EXPORT, PURGE -> throw new ConflictException("no-plan", "An export or a purge has a report instead of a plan: "
                    + "GET /api/admin/modules/" + code + "/purge-report");
            case UNINSTALL -> {
                warnings.add("its data stays: schema " + code + " keeps every row, and installing " + code + " again brings them back");
                for (DepartmentFeature other : all.values()) {
                    if (other.installed() && other.uses().contains(code)) {
                        warnings.add(other.code() + " uses " + code + ": it keeps running, says what is unavailable, and work for "
                                + code + " waits in the outbox");
                    }
                }
                yield new ModulePlan(code, action, List.of(), List.of(), removedBundles(features, department), List.of(), warnings);
            }
        };
    }

    private static void simulate(FeaturesService features, DepartmentFeature department, ModuleAction action) {
        EnumSet<FeaturesService.Option> options = EnumSet.copyOf(NO_REFRESH);
        options.add(FeaturesService.Option.Simulate);
        if (action == ModuleAction.UPGRADE) {
            options.add(FeaturesService.Option.Upgrade);
        }
        try {
            features.installFeature(department.feature(), department.newestVersion(), options);
        } catch (Exception e) {
            throw new ConflictException("unresolvable", "Karaf cannot install " + department.feature() + " "
                    + department.newestVersion() + ": " + e.getMessage());
        }
    }

    /** The features not installed yet in the feature's tree, and their bundles not installed yet. */
    private void collect(FeaturesService features, Feature root, Set<String> newFeatures, Set<String> newBundles) {
        Deque<Feature> pending = new ArrayDeque<>(List.of(root));
        Set<String> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Feature feature = pending.pop();
            if (!seen.add(feature.getId()) || features.isInstalled(feature)) {
                continue;
            }
            newFeatures.add(feature.getName() + "/" + feature.getVersion());
            for (BundleInfo bundle : feature.getBundles()) {
                if (context.getBundle(bundle.getLocation()) == null) {
                    newBundles.add(bundle.getLocation());
                }
            }
            for (Dependency dependency : feature.getDependencies()) {
                Feature needed = feature(features, dependency.getName(), dependency.hasVersion() ? dependency.getVersion() : null);
                if (needed != null) {
                    pending.push(needed);
                }
            }
        }
    }

    /** The department's own bundles, and those of features only it needs (its API feature when nobody else uses it). */
    private List<String> removedBundles(FeaturesService features, DepartmentFeature department) {
        Set<String> removed = new LinkedHashSet<>(department.bundles());
        Feature own = feature(features, department.feature(), department.installedVersion());
        Set<String> keptByOthers = new LinkedHashSet<>();
        try {
            for (Feature installed : features.listInstalledFeatures()) {
                if (!installed.getId().equals(own.getId())) {
                    installed.getBundles().forEach(bundle -> keptByOthers.add(bundle.getLocation()));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Installed features cannot be listed: " + e.getMessage(), e);
        }
        for (Dependency dependency : own.getDependencies()) {
            Feature needed = feature(features, dependency.getName(), null);
            if (needed != null) {
                needed.getBundles().stream().map(BundleInfo::getLocation).filter(location -> !keptByOthers.contains(location))
                        .forEach(removed::add);
            }
        }
        removed.removeIf(location -> context.getBundle(location) == null);
        return List.copyOf(removed);
    }

    private static Feature feature(FeaturesService features, String name, String version) {
        try {
            return version == null ? features.getFeature(name) : features.getFeature(name, version);
        } catch (Exception e) {
            return null;
        }
    }
}
