package io.mercato.siteops.impl.analysis;

import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The classification's windows and thresholds, a versioned settings document ({@code siteops.classification_rules}). */
@Component(service = ClassificationSettings.class)
public class ClassificationSettings {
    private final VersionedSettings<Rules> document;

    @Activate
    public ClassificationSettings(@Reference SiteopsDatabase database) {
        this.document = database.settings(new SettingsDefinition<>("classification_rules", Rules.class, "classification-rules",
                "Classification rules"));
    }

    /** The rules in force. */
    public Rules rules() {
        return document.current().settings();
    }

    public VersionedSettings<Rules> document() {
        return document;
    }
}
