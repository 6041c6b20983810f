package io.mercato.benchmark.reliability;

import io.mercato.benchmark.KarafJmx;

/** Karaf's features service over JMX, as an admin's tool would use it; never refreshes other bundles. */
final class JmxFeatures implements DepartmentCycles.Control {
    private final KarafJmx jmx;

    JmxFeatures(KarafJmx jmx) {
        this.jmx = jmx;
    }

    @Override
    public void uninstall(String feature) throws Exception {
        jmx.feature("uninstallFeature", feature);
    }

    @Override
    public void install(String feature) throws Exception {
        jmx.feature("installFeature", feature);
    }

    @Override
    public void update(String symbolicName) throws Exception {
        jmx.updateBundle(symbolicName);
    }
}
