package io.mercato.siteops.impl.persistence;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.settings.VersionedSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The siteops schema's transactions and settings documents; present only once the platform has migrated the schema. */
@Component(service = SiteopsDatabase.class)
public class SiteopsDatabase {
    private final Transactions transactions;
    private final SchemaDatabase database;

    @Activate
    public SiteopsDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=siteops)") SchemaDatabase database) {
        this.database = database;
        this.transactions = database.transactions(CatalogMapper.class, UploadMapper.class, PricingMapper.class, AnalysisMapper.class, PromotionMapper.class, ActivityMapper.class, ImageMapper.class, ImportMapper.class, MerchantGoodsMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }

    public <T extends SettingsDocument<T>> VersionedSettings<T> settings(SettingsDefinition<T> definition) {
        return database.settings(definition);
    }
}
