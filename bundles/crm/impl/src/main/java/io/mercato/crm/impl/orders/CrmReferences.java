package io.mercato.crm.impl.orders;

import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberOrderMapper;
import io.mercato.platform.api.references.DocumentReferences;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What CRM holds of other departments' documents: members' sales orders (tiers and points are counted on them). */
@Component(service = DocumentReferences.class)
public class CrmReferences implements DocumentReferences {
    private final CrmDatabase database;

    @Activate
    public CrmReferences(@Reference CrmDatabase database) {
        this.database = database;
    }

    @Override
    public List<HeldReference> heldTo(String department) {
        if (!"delivery".equals(department)) {
            return List.of();
        }
        long count = database.transactions().read(tx -> tx.mapper(MemberOrderMapper.class).count());
        return List.of(new HeldReference("crm", "members' sales orders (tiers and points are counted on them)", count));
    }
}
