package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Addresses a courier cannot use as they stand: a missing level, too short a street, a PO box, a city or district out of place. */
final class AddressRule implements RiskRule {
    private static final Pattern PO_BOX = Pattern.compile("(?i).*(邮政信箱|信箱|p\\.?\\s*o\\.?\\s*box).*");

    @Override
    public List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings) {
        List<RiskFinding> findings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (order.city() == null) {
            missing.add("city");
        }
        if (order.district() == null) {
            missing.add("district");
        }
        if (order.street() == null) {
            missing.add("street");
        }
        if (!missing.isEmpty()) {
            findings.add(RiskFinding.of(ReasonCode.ADDRESS_INCOMPLETE, settings, "missing: " + String.join(", ", missing)));
        } else if (order.street().codePointCount(0, order.street().length()) < settings.minStreetLength()) {
            findings.add(RiskFinding.of(ReasonCode.ADDRESS_INCOMPLETE, settings, "street \"" + order.street() + "\" is shorter than "
                    + settings.minStreetLength() + " characters"));
        }
        if (order.street() != null && PO_BOX.matcher(order.street()).matches()) {
            findings.add(RiskFinding.of(ReasonCode.ADDRESS_PO_BOX, settings, "street \"" + order.street() + "\""));
        }
        String cityProvince = order.city() == null ? null : Gazetteer.provinceOfCity(order.city()).orElse(null);
        if (cityProvince != null && !cityProvince.equals(order.province())) {
            findings.add(RiskFinding.of(ReasonCode.ADDRESS_UNCLEAR, settings, order.city() + " is in " + cityProvince + ", not " + order.province()));
        } else if (!Gazetteer.districtFits(order.province(), order.district())) {
            findings.add(RiskFinding.of(ReasonCode.ADDRESS_UNCLEAR, settings, order.district() + " is not a district of " + order.province()));
        }
        return findings;
    }
}
