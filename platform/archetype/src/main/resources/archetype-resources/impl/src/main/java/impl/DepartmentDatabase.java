package ${package}.impl;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Schema ${department}'s transactions; the platform registers the schema once its migrations ran. */
@Component(service = DepartmentDatabase.class)
public class DepartmentDatabase {
    private final Transactions transactions;

    @Activate
    public DepartmentDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=${department})") SchemaDatabase database) {
        this.transactions = database.transactions(EntryMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
