package io.mercato.merchants.impl.service;

import io.mercato.merchants.impl.persistence.CommissionMapper;
import io.mercato.merchants.impl.persistence.MerchantMapper;
import io.mercato.merchants.impl.persistence.TermsMapper;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The merchants schema's transactions; present only once the platform has migrated the schema. */
@Component(service = MerchantsDatabase.class)
public class MerchantsDatabase {
    private final Transactions transactions;

    @Activate
    public MerchantsDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=merchants)") SchemaDatabase database) {
        this.transactions = database.transactions(MerchantMapper.class, TermsMapper.class, CommissionMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
