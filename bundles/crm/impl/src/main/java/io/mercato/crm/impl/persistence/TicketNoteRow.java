package io.mercato.crm.impl.persistence;

import java.time.Instant;

public record TicketNoteRow(long id, String kind, String body, String author, Instant at) {
}
