package io.mercato.crm.impl.members;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The CRM's settings ({@code etc/io.mercato.crm.cfg}), applied at once when changed. */
@Component(service = CrmSettings.class, configurationPid = "io.mercato.crm")
@Designate(ocd = CrmSettings.Settings.class)
public class CrmSettings {
    @ObjectClassDefinition(name = "Mercato customer service & CRM")
    public @interface Settings {
        @AttributeDefinition(description = "How long earned points stay spendable, in months from the day they were earned", min = "1")
        int pointsLifeMonths() default 24;
    }

    private volatile int pointsLifeMonths = 24;

    @Activate
    @Modified
    void configure(Settings settings) {
        pointsLifeMonths = Math.max(1, settings.pointsLifeMonths());
    }

    public int pointsLifeMonths() {
        return pointsLifeMonths;
    }
}
