package io.mercato.admin.impl.service;

import java.util.Map;

/** The departments' names in both console languages; a third-party department shows its feature's description. */
final class DepartmentNames {
    record Name(String en, String zh) {
    }

    private static final Map<String, Name> KNOWN = Map.of(
            "warehouse", new Name("Warehousing", "仓储"),
            "procurement", new Name("Procurement", "采购"),
            "merchants", new Name("Merchant onboarding", "招商"),
            "delivery", new Name("Delivery", "配送"),
            "crm", new Name("Customer service & CRM", "客服与会员"),
            "siteops", new Name("Site operations", "网站运营"));

    private DepartmentNames() {
    }

    static Name of(String code, String description) {
        Name known = KNOWN.get(code);
        if (known != null) {
            return known;
        }
        String shown = description == null || description.isBlank() ? code : description;
        return new Name(shown, shown);
    }
}
