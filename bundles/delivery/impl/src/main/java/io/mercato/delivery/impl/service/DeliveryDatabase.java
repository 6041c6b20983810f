package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.persistence.AllocationMapper;
import io.mercato.delivery.impl.persistence.AuditMapper;
import io.mercato.delivery.impl.persistence.BlacklistMapper;
import io.mercato.delivery.impl.persistence.CourierMapper;
import io.mercato.delivery.impl.persistence.FulfilmentMapper;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.RiskMapper;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.delivery.impl.audit.Standards;
import io.mercato.delivery.impl.risk.RiskSettings;
import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.VersionedSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The delivery schema's transactions and settings documents; present only once the platform has migrated the schema. */
@Component(service = DeliveryDatabase.class)
public class DeliveryDatabase {
    private final Transactions transactions;
    private final VersionedSettings<RiskSettings> riskRules;
    private final VersionedSettings<Standards> standards;

    @Activate
    public DeliveryDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=delivery)") SchemaDatabase database) {
        this.transactions = database.transactions(OrderMapper.class, RiskMapper.class, BlacklistMapper.class, AllocationMapper.class,
                CourierMapper.class, FulfilmentMapper.class, AuditMapper.class);
        this.riskRules = database.settings(new SettingsDefinition<>("risk_rules", RiskSettings.class, "risk-rules", "Risk rules"));
        // Headquarters' delivery standards: each penalty keeps the version it was charged under.
        this.standards = database.settings(new SettingsDefinition<>("standards", Standards.class, "standards", "Delivery standards"));
    }

    public VersionedSettings<RiskSettings> riskRules() {
        return riskRules;
    }

    public VersionedSettings<Standards> standards() {
        return standards;
    }

    public Transactions transactions() {
        return transactions;
    }
}
