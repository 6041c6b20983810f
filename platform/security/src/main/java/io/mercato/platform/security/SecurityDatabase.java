package io.mercato.platform.security;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The security schema's transactions; present only once the platform has migrated the schema. */
@Component(service = SecurityDatabase.class)
public class SecurityDatabase {
    private final Transactions transactions;

    @Activate
    public SecurityDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=security)") SchemaDatabase database) {
        this.transactions = database.transactions(AccountMapper.class, ThrottleMapper.class, SessionMapper.class);
    }

    Transactions transactions() {
        return transactions;
    }
}
