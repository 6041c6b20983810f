package io.mercato.crm.impl.tickets;

/** A ticket as an agent opens it; {@code member} (a member code) and {@code order} link it, {@code assignee} is a user name. */
public record TicketInput(String type, String channel, String priority, String subject, String description, String member, String order,
                          String customerName, String contact, String assignee) {
}
