package io.mercato.platform.org;

import java.util.List;

/**
 * A new department (or team, with a parent), or new names and capabilities for an existing one;
 * {@code code} and {@code parent} are read only when creating.
 */
public record DepartmentChange(String code, String nameEn, String nameZh, String parent, List<String> capabilities) {
}
