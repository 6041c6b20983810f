package io.mercato.admin.impl.service;

import java.util.List;

/**
 * A department as the features repository describes it: {@code mercato-<code>}, the newest version there, the
 * version installed (null when not), the departments whose API feature ({@code mercato-<other>-api}) it needs, and
 * the bundle locations its own feature lists.
 */
record DepartmentFeature(String code, String feature, String description, String newestVersion, String installedVersion,
                         List<String> uses, List<String> bundles) {
    boolean installed() {
        return installedVersion != null;
    }

    boolean upgradable() {
        return installed() && !newestVersion.equals(installedVersion)
                && org.osgi.framework.Version.valueOf(Versions.osgi(newestVersion))
                        .compareTo(org.osgi.framework.Version.valueOf(Versions.osgi(installedVersion))) > 0;
    }
}
