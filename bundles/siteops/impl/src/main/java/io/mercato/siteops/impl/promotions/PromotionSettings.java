package io.mercato.siteops.impl.promotions;

import java.math.BigDecimal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Promotion settings ({@code etc/io.mercato.siteops.promotions.cfg}), live. */
@Component(service = PromotionSettings.class, configurationPid = "io.mercato.siteops.promotions")
@Designate(ocd = PromotionSettings.Settings.class)
public class PromotionSettings {
    @ObjectClassDefinition(name = "Mercato site operations: promotions")
    public @interface Settings {
        @AttributeDefinition(description = "A promotion taking more than this % off needs approval through the approval chain", min = "0", max = "99")
        int approvalAbovePercent() default 30;
    }

    private volatile BigDecimal approvalAbovePercent = BigDecimal.valueOf(30);

    @Activate
    @Modified
    void configure(Settings settings) {
        approvalAbovePercent = BigDecimal.valueOf(Math.max(0, Math.min(99, settings.approvalAbovePercent())));
    }

    public BigDecimal approvalAbovePercent() {
        return approvalAbovePercent;
    }
}
