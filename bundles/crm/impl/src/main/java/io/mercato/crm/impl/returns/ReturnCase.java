package io.mercato.crm.impl.returns;

import io.mercato.crm.impl.persistence.RefundRow;
import io.mercato.crm.impl.persistence.ReturnCaseRow;
import io.mercato.crm.impl.persistence.ReturnLineRow;
import java.time.Instant;
import java.util.List;

/** A return with its lines and refund, and whether sending refused goods back is overdue. */
public record ReturnCase(ReturnCaseRow details, List<ReturnLineRow> lines, RefundRow refund, boolean sendBackOverdue) {
    public static ReturnCase of(ReturnCaseRow row, List<ReturnLineRow> lines, RefundRow refund) {
        boolean overdue = "REFUSED".equals(row.status()) && row.sendBackDue() != null && row.sendBackDue().isBefore(Instant.now());
        return new ReturnCase(row, lines, refund, overdue);
    }
}
