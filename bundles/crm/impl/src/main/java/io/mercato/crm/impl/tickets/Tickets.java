package io.mercato.crm.impl.tickets;

import io.mercato.crm.impl.persistence.CalendarMapper;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.SlaPolicyRow;
import io.mercato.crm.impl.persistence.TicketMapper;
import io.mercato.crm.impl.persistence.TicketRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service tickets — the customer problem register: opened with a type, channel and priority whose SLA gives the first
 * response and resolution due times on the team's working calendar; a reply stops the first-response clock, waiting for
 * the customer pauses both (the working minutes waited move the due times on), resolving stops the other. A missed SLA
 * stores its breach time once, so later pauses or edits cannot hide it.
 */
@Component(service = Tickets.class)
public class Tickets {
    static final Set<String> TYPES = Set.of("PRE_SALE", "ORDER_PROBLEM", "AFTER_SALE", "COMPLAINT");
    static final Set<String> CHANNELS = Set.of("PHONE", "CHAT", "EMAIL");
    static final Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");
    static final Set<String> STATUSES = Set.of("OPEN", "WAITING_CUSTOMER", "RESOLVED", "CLOSED");
    private static final Set<String> NOTE_KINDS = Set.of("REPLY", "INTERNAL", "CUSTOMER");
    private final Transactions transactions;

    public record Note(String kind, String body) {
    }

    public record Assignment(String assignee) {
    }

    @Activate
    public Tickets(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
    }

    public Ticket open(TicketInput input, Actor actor) {
        String type = upper(input == null ? null : input.type());
        String channel = upper(input == null ? null : input.channel());
        String priority = input == null || input.priority() == null || input.priority().isBlank() ? "NORMAL" : upper(input.priority());
        Check.input().rule(type != null && TYPES.contains(type), "type", "must be one of " + sorted(TYPES))
                .rule(channel != null && CHANNELS.contains(channel), "channel", "must be PHONE, CHAT or EMAIL")
                .rule(PRIORITIES.contains(priority), "priority", "must be one of " + sorted(PRIORITIES))
                .text("subject", input == null ? null : input.subject(), 200, true)
                .text("description", input == null ? null : input.description(), 4000, false)
                .text("member", input == null ? null : input.member(), 20, false)
                .text("order", input == null ? null : input.order(), 40, false)
                .text("customerName", input == null ? null : input.customerName(), 60, false)
                .text("contact", input == null ? null : input.contact(), 120, false)
                .text("assignee", input == null ? null : input.assignee(), 64, false)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            MemberRow member = blank(input.member()) == null ? null : tx.mapper(MemberMapper.class).find(input.member().strip());
            if (blank(input.member()) != null && member == null) {
                throw new ValidationException("member", "is no member");
            }
            String customer = blank(input.customerName()) != null ? input.customerName().strip() : member != null ? member.name() : null;
            if (customer == null) {
                throw new ValidationException("customerName", "is required when no member is named");
            }
            SlaPolicyRow policy = tx.mapper(CalendarMapper.class).policy(type, priority);
            BusinessCalendar calendar = Calendars.load(tx);
            Instant now = Instant.now();
            TicketMapper tickets = tx.mapper(TicketMapper.class);
            long id = tickets.insert(type, channel, priority, input.subject().strip(), blank(input.description()), member == null ? null : member.id(),
                    blank(input.order()), customer, blank(input.contact()) != null ? input.contact().strip() : member == null ? null : member.mobile(),
                    blank(input.assignee()) != null ? input.assignee().strip() : actor.username(),
                    calendar.plus(now, policy.firstResponseMinutes()), calendar.plus(now, policy.resolutionMinutes()), actor.username(), now);
            TicketRow row = tickets.find(tickets.findNumber(id));
            tx.audit("crm.ticket-opened", "ticket", row.number(), Map.of("type", type, "channel", channel, "priority", priority,
                    "firstResponseDue", row.firstResponseDue().toString(), "resolutionDue", row.resolutionDue().toString()));
            return view(tx, row);
        });
    }

    public Page<TicketRow> search(String q, String status, String type, String assignee, String member, boolean overdue, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String wantedStatus = upper(status);
        String wantedType = upper(type);
        Check.input().rule(wantedStatus == null || STATUSES.contains(wantedStatus), "status", "must be one of " + sorted(STATUSES))
                .rule(wantedType == null || TYPES.contains(wantedType), "type", "must be one of " + sorted(TYPES)).validate();
        String who = blank(assignee);
        String memberCode = blank(member);
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            TicketMapper tickets = tx.mapper(TicketMapper.class);
            return Page.of(tickets.search(pattern, wantedStatus, wantedType, who, memberCode, overdue, beforeId, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> tickets.count(pattern, wantedStatus, wantedType, who, memberCode, overdue,
                            page.countLimit())), row -> Cursor.of(row.id()));
        });
    }

    public Ticket get(String number) {
        return transactions.read(tx -> view(tx, require(tx, number, false)));
    }

    /** A conversation note: a REPLY to the customer stops the first-response clock; a CUSTOMER message ends a wait. */
    public Ticket note(String number, Note note, Actor actor) {
        String kind = upper(note == null ? null : note.kind());
        Check.input().rule(kind != null && NOTE_KINDS.contains(kind), "kind", "must be REPLY, INTERNAL or CUSTOMER")
                .text("body", note == null ? null : note.body(), 4000, true).validate();
        return transactions.inTransaction(actor, tx -> {
            TicketRow row = require(tx, number, true);
            if ("CLOSED".equals(row.status())) {
                throw new ConflictException("ticket-closed", "Ticket " + number + " is closed");
            }
            TicketMapper tickets = tx.mapper(TicketMapper.class);
            tickets.insertNote(row.id(), kind, note.body().strip(), actor.username());
            if ("REPLY".equals(kind)) {
                tickets.firstResponse(row.id(), Instant.now());
            } else if ("CUSTOMER".equals(kind) && "WAITING_CUSTOMER".equals(row.status())) {
                resume(tx, row);
            }
            tx.audit("crm.ticket-note", "ticket", number, Map.of("kind", kind));
            return view(tx, tickets.find(number));
        });
    }

    public Ticket waitForCustomer(String number, Actor actor) {
        return command(number, actor, "crm.ticket-waiting", (tx, row) -> tx.mapper(TicketMapper.class).pause(row.id(), Instant.now()), "open");
    }

    public Ticket resume(String number, Actor actor) {
        return command(number, actor, "crm.ticket-resumed", (tx, row) -> "WAITING_CUSTOMER".equals(row.status()) ? resume(tx, row) : 0,
                "waiting for the customer");
    }

    public Ticket resolve(String number, Note resolution, Actor actor) {
        Check.input().text("body", resolution == null ? null : resolution.body(), 4000, true).validate();
        return command(number, actor, "crm.ticket-resolved", (tx, row) -> {
            int changed = tx.mapper(TicketMapper.class).resolve(row.id(), Instant.now());
            if (changed == 1) {
                tx.mapper(TicketMapper.class).insertNote(row.id(), "REPLY", resolution.body().strip(), actor.username());
                tx.mapper(TicketMapper.class).firstResponse(row.id(), Instant.now());
            }
            return changed;
        }, "open");
    }

    public Ticket close(String number, Actor actor) {
        return command(number, actor, "crm.ticket-closed", (tx, row) -> tx.mapper(TicketMapper.class).close(row.id()), "resolved");
    }

    public Ticket reopen(String number, Actor actor) {
        return command(number, actor, "crm.ticket-reopened", (tx, row) -> tx.mapper(TicketMapper.class).reopen(row.id()), "resolved");
    }

    public Ticket assign(String number, Assignment assignment, Actor actor) {
        Check.input().text("assignee", assignment == null ? null : assignment.assignee(), 64, true).validate();
        return command(number, actor, "crm.ticket-assigned", (tx, row) -> tx.mapper(TicketMapper.class).assign(row.id(),
                assignment.assignee().strip()), "open or waiting");
    }

    /** Stores the breaches of open tickets past their due times (the hourly run). */
    public int stampBreaches(Actor actor) {
        return transactions.inTransaction(actor, tx -> tx.mapper(TicketMapper.class).stampBreaches(Instant.now()));
    }

    private interface Change {
        int apply(TransactionContext tx, TicketRow row);
    }

    private Ticket command(String number, Actor actor, String action, Change change, String expected) {
        return transactions.inTransaction(actor, tx -> {
            TicketRow row = require(tx, number, true);
            if (change.apply(tx, row) == 0) {
                throw new ConflictException("wrong-status", "Ticket " + number + " is " + row.status() + ", not " + expected);
            }
            TicketRow after = tx.mapper(TicketMapper.class).find(number);
            tx.audit(action, "ticket", number, Map.of("status", after.status()));
            return view(tx, after);
        });
    }

    /** Ends a wait: the clocks not yet met move on by the working minutes waited. */
    private static int resume(TransactionContext tx, TicketRow row) {
        BusinessCalendar calendar = Calendars.load(tx);
        Instant now = Instant.now();
        long waited = calendar.minutesBetween(row.pausedSince(), now);
        Instant firstDue = row.firstRespondedAt() == null ? calendar.plus(row.firstResponseDue(), waited) : row.firstResponseDue();
        return tx.mapper(TicketMapper.class).resume(row.id(), (int) Math.min(waited, Integer.MAX_VALUE), firstDue,
                calendar.plus(row.resolutionDue(), waited));
    }

    private static Ticket view(TransactionContext tx, TicketRow row) {
        return Ticket.of(row, tx.mapper(TicketMapper.class).notes(row.id()), Instant.now());
    }

    private static TicketRow require(TransactionContext tx, String number, boolean lock) {
        TicketRow row = number == null ? null : lock ? tx.mapper(TicketMapper.class).lock(number) : tx.mapper(TicketMapper.class).find(number);
        if (row == null) {
            throw new NotFoundException("No ticket " + number);
        }
        return row;
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
