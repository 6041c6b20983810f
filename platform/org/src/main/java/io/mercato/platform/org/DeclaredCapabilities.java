package io.mercato.platform.org;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The capabilities installed department bundles check, from their {@code Mercato-Capabilities} manifest
 * header. Informative: a department may also own capabilities of departments not installed yet.
 */
@Component(service = DeclaredCapabilities.class)
public class DeclaredCapabilities implements BundleTrackerCustomizer<List<String>> {
    static final String HEADER = "Mercato-Capabilities";
    private final Map<Long, Declaration> declarations = new ConcurrentHashMap<>();
    private final BundleTracker<List<String>> tracker;

    public record Declaration(String bundle, List<String> capabilities) {
    }

    @Activate
    public DeclaredCapabilities(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE | Bundle.STARTING, this);
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** Capability → the bundles declaring it, sorted by capability. */
    public Map<String, List<String>> all() {
        Map<String, List<String>> byCapability = new TreeMap<>();
        declarations.values().forEach(declaration -> declaration.capabilities().forEach(capability ->
                byCapability.computeIfAbsent(capability, c -> new java.util.ArrayList<>()).add(declaration.bundle())));
        return byCapability;
    }

    static List<String> parse(String header) {
        return header == null ? List.of() : Arrays.stream(header.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    @Override
    public List<String> addingBundle(Bundle bundle, BundleEvent event) {
        List<String> capabilities = parse(bundle.getHeaders().get(HEADER));
        if (capabilities.isEmpty()) {
            return null;
        }
        declarations.put(bundle.getBundleId(), new Declaration(bundle.getSymbolicName(), capabilities));
        return capabilities;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<String> capabilities) {
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<String> capabilities) {
        declarations.remove(bundle.getBundleId());
    }
}
