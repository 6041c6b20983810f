package io.mercato.crm.impl.tickets;

import io.mercato.crm.impl.persistence.TicketNoteRow;
import io.mercato.crm.impl.persistence.TicketRow;
import java.time.Instant;
import java.util.List;

/** A ticket with its conversation and where its SLA clocks stand now. */
public record Ticket(TicketRow details, List<TicketNoteRow> notes, boolean firstResponseOverdue, boolean resolutionOverdue) {
    public static Ticket of(TicketRow row, List<TicketNoteRow> notes, Instant now) {
        boolean open = "OPEN".equals(row.status());
        return new Ticket(row, notes, open && row.firstRespondedAt() == null && row.firstResponseDue().isBefore(now),
                open && row.resolutionDue().isBefore(now));
    }
}
