package com.example.shop.giftwrap.impl;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Schema giftwrap's transactions; the platform registers the schema once its migrations ran. */
@Component(service = DepartmentDatabase.class)
public class DepartmentDatabase {
    private final Transactions transactions;

    @Activate
    public DepartmentDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=giftwrap)") SchemaDatabase database) {
        this.transactions = database.transactions(WrapMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
