package io.mercato.admin.api;

import java.util.List;

/**
 * A department of this Mercato as the admin sees it.
 *
 * @param code      the department's code ({@code warehouse}); its feature is {@code mercato-<code>}, its schema {@code <code>}
 * @param uses      the departments whose API this one uses (optional partners)
 * @param usedBy    the departments that use this one's API
 * @param lastOperation the newest operation on it, or null
 */
public record Module(String code, String feature, String nameEn, String nameZh, String description, String version,
                     String availableVersion, ModuleState state, boolean removable, List<String> uses, List<String> usedBy,
                     ModuleOperation lastOperation) {
}
