package io.mercato.delivery.impl.risk;

import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.validation.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of the risk rules: the points each reason adds, where review and rejection begin, and the windows and
 * limits the rules measure against. Anything a version leaves out takes the default.
 */
public record RiskSettings(Map<String, Integer> weights, Integer holdAt, Integer rejectAt, Integer velocityWindowMinutes,
                           Integer velocityMaxOrders, Integer quantityFactor, Integer quantityFloor, Integer minStreetLength)
        implements SettingsDocument<RiskSettings> {
    public static final Map<String, Integer> DEFAULT_WEIGHTS = defaultWeights();
    public static final RiskSettings DEFAULTS = new RiskSettings(DEFAULT_WEIGHTS, 30, 80, 60, 3, 10, 20, 6);

    private static Map<String, Integer> defaultWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put(ReasonCode.ADDRESS_INCOMPLETE.name(), 30);
        weights.put(ReasonCode.ADDRESS_UNCLEAR.name(), 25);
        weights.put(ReasonCode.ADDRESS_PO_BOX.name(), 40);
        weights.put(ReasonCode.PHONE_INVALID.name(), 35);
        weights.put(ReasonCode.MISSING_FIELD.name(), 15);
        weights.put(ReasonCode.BLACKLIST_MATCH.name(), 100);
        weights.put(ReasonCode.VELOCITY.name(), 40);
        weights.put(ReasonCode.QUANTITY_ABNORMAL.name(), 30);
        weights.put(ReasonCode.COD_REFUSED_BEFORE.name(), 45);
        return java.util.Collections.unmodifiableMap(weights);
    }

    /** This version with every gap filled from the defaults. */
    @Override
    public RiskSettings complete() {
        Map<String, Integer> merged = new TreeMap<>(DEFAULT_WEIGHTS);
        if (weights != null) {
            merged.putAll(weights);
        }
        return new RiskSettings(merged, or(holdAt, DEFAULTS.holdAt), or(rejectAt, DEFAULTS.rejectAt),
                or(velocityWindowMinutes, DEFAULTS.velocityWindowMinutes), or(velocityMaxOrders, DEFAULTS.velocityMaxOrders),
                or(quantityFactor, DEFAULTS.quantityFactor), or(quantityFloor, DEFAULTS.quantityFloor),
                or(minStreetLength, DEFAULTS.minStreetLength));
    }

    public int weight(ReasonCode code) {
        return weights.getOrDefault(code.name(), DEFAULT_WEIGHTS.get(code.name()));
    }

    /** Refuses a version that could not work: unknown reasons, negative points, thresholds out of order. */
    @Override
    public void validate() {
        Check check = Check.input();
        if (weights != null) {
            weights.forEach((code, points) -> check
                    .rule(ReasonCode.known(code), "weights." + code, "is not a reason code; known: " + ReasonCode.names())
                    .rule(points != null && points >= 0 && points <= 1000, "weights." + code, "must be between 0 and 1000"));
        }
        range(check, "holdAt", holdAt, 1, 1000);
        range(check, "rejectAt", rejectAt, 1, 1000);
        RiskSettings complete = complete();
        check.rule(complete.rejectAt > complete.holdAt, "rejectAt", "must be above holdAt (" + complete.holdAt + ")");
        range(check, "velocityWindowMinutes", velocityWindowMinutes, 1, 7 * 24 * 60);
        range(check, "velocityMaxOrders", velocityMaxOrders, 1, 1000);
        range(check, "quantityFactor", quantityFactor, 2, 1000);
        range(check, "quantityFloor", quantityFloor, 1, 100_000);
        range(check, "minStreetLength", minStreetLength, 1, 50);
        check.validate();
    }

    private static void range(Check check, String field, Integer value, int min, int max) {
        check.rule(value == null || value >= min && value <= max, field, "must be between " + min + " and " + max);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
