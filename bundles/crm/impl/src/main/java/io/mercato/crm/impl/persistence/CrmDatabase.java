package io.mercato.crm.impl.persistence;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.settings.VersionedSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The crm schema's transactions and settings documents; present only once the platform has migrated the schema. */
@Component(service = CrmDatabase.class)
public class CrmDatabase {
    private final Transactions transactions;
    private final SchemaDatabase database;

    @Activate
    public CrmDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=crm)") SchemaDatabase database) {
        this.database = database;
        this.transactions = database.transactions(MemberMapper.class, MemberOrderMapper.class, PointsMapper.class, TierMapper.class,
                ReturnMapper.class, RefundMapper.class, TicketMapper.class, CalendarMapper.class, AuditMapper.class,
                SegmentMapper.class, CampaignMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }

    public <T extends SettingsDocument<T>> VersionedSettings<T> settings(SettingsDefinition<T> definition) {
        return database.settings(definition);
    }
}
