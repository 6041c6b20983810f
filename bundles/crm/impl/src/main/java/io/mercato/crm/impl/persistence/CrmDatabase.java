package io.mercato.crm.impl.persistence;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The crm schema's transactions; present only once the platform has migrated the schema. */
@Component(service = CrmDatabase.class)
public class CrmDatabase {
    private final Transactions transactions;

    @Activate
    public CrmDatabase(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=crm)") SchemaDatabase database) {
        this.transactions = database.transactions(MemberMapper.class, MemberOrderMapper.class, PointsMapper.class, TierMapper.class,
                ReturnMapper.class, RefundMapper.class, TicketMapper.class, CalendarMapper.class, AuditMapper.class,
                SegmentMapper.class, CampaignMapper.class);
    }

    public Transactions transactions() {
        return transactions;
    }
}
