package io.mercato.admin.impl.service;

/** Maven versions as OSGi versions, so that 1.0.0-SNAPSHOT and 1.2.0 compare. */
final class Versions {
    private Versions() {
    }

    static String osgi(String maven) {
        String[] parts = maven.split("[.-]", 4);
        StringBuilder version = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String part = i < parts.length && parts[i].chars().allMatch(Character::isDigit) && !parts[i].isEmpty() ? parts[i] : "0";
            version.append(i == 0 ? "" : ".").append(part);
        }
        int qualifier = maven.indexOf('-');
        if (qualifier > 0) {
            version.append('.').append(maven.substring(qualifier + 1).replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        return version.toString();
    }
}
