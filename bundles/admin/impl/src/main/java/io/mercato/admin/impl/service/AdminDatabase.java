package io.mercato.admin.impl.service;

import io.mercato.admin.impl.persistence.ModuleMapper;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The admin schema's transactions; present only once the platform has migrated the schema. */
@Component(service = AdminDatabase.class)
public class AdminDatabase {
    private final Transactions transactions;

    @Activate
    public AdminDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=admin)") SchemaDatabase database) {
        this.transactions = database.transactions(ModuleMapper.class, io.mercato.admin.impl.persistence.HealthMapper.class,
                io.mercato.admin.impl.persistence.PurgeMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
