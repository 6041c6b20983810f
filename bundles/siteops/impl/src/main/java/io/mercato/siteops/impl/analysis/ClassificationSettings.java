package io.mercato.siteops.impl.analysis;

import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import java.math.BigDecimal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The classification's windows and thresholds ({@code etc/io.mercato.siteops.classification.cfg}, or the console), live. */
@Component(service = ClassificationSettings.class, configurationPid = ClassificationSettings.PID)
@Designate(ocd = ClassificationSettings.Settings.class)
public class ClassificationSettings {
    public static final String PID = "io.mercato.siteops.classification";

    @ObjectClassDefinition(name = "Mercato site operations: product classification")
    public @interface Settings {
        @AttributeDefinition(description = "Days of the recent window (the previous window is as long, just before it)", min = "7", max = "365")
        int recentDays() default 30;

        @AttributeDefinition(description = "Units a day from which a product is a best-seller (畅销品)")
        String bestSellerPerDay() default "5";

        @AttributeDefinition(description = "Units a day under which a stocked product may be a slow-mover (滞销品)")
        String slowMoverPerDay() default "0.2";

        @AttributeDefinition(description = "Days its stock must last for a slow seller to be a slow-mover", min = "1")
        int slowCoverDays() default 90;

        @AttributeDefinition(description = "Growth over the previous window, in %, from which a product is potential (潜力产品)", min = "1")
        int potentialTrendPercent() default 50;

        @AttributeDefinition(description = "Units in the recent window a potential product must have sold at least", min = "1")
        int potentialMinUnits() default 10;

        @AttributeDefinition(description = "A best-seller whose stock lasts fewer days than this gets a purchase proposal", min = "1")
        int shortCoverDays() default 14;

        @AttributeDefinition(description = "Days of sales a purchase proposal restocks to", min = "1")
        int targetCoverDays() default 45;
    }

    private volatile Rules rules = Rules.DEFAULTS;

    @Activate
    @Modified
    void configure(Settings settings) {
        try {
            rules = new Rules(settings.recentDays(), new BigDecimal(settings.bestSellerPerDay()), new BigDecimal(settings.slowMoverPerDay()),
                    settings.slowCoverDays(), settings.potentialTrendPercent(), settings.potentialMinUnits(), settings.shortCoverDays(),
                    settings.targetCoverDays());
        } catch (NumberFormatException e) {
            rules = Rules.DEFAULTS; // a hand-edited file with a bad number: the defaults, not a dead component
        }
    }

    public Rules rules() {
        return rules;
    }
}
