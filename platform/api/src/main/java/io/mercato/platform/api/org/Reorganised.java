package io.mercato.platform.api.org;

/**
 * Outbox topic and payload keys of the event published with every split or merge (in its transaction), so every
 * department hands the documents owned by the old department to the new owner. Subscribe with an
 * {@link io.mercato.platform.api.outbox.OutboxSubscriber}: the event reaches a department that was stopped or
 * uninstalled at the time once it is back.
 */
public final class Reorganised {
    /** Topic of the event. */
    public static final String TOPIC = "mercato/org/reorganised";
    /** {@code "split"} or {@code "merge"}. */
    public static final String KIND = "kind";
    /** Code of the department that was split, or merged away. */
    public static final String FROM = "from";
    /** Code of the new department (split) or of the one merged into (merge). */
    public static final String TO = "to";
    /** List of texts: codes of the positions that moved from FROM to TO. */
    public static final String POSITIONS = "positions";
    /** List of texts: the capabilities that moved from FROM to TO. */
    public static final String CAPABILITIES = "capabilities";
    /** Who made the change. */
    public static final String ACTOR = "actor";

    private Reorganised() {
    }

    /** A reorganisation as a subscriber reads it from its outbox event. */
    public record Change(String kind, String from, String to, java.util.List<String> positions, java.util.List<String> capabilities,
                         String actor) {
        public static Change of(io.mercato.platform.api.outbox.OutboxEvent event) {
            return new Change(event.text(KIND), event.text(FROM), event.text(TO), event.texts(POSITIONS), event.texts(CAPABILITIES),
                    event.text(ACTOR));
        }

        public boolean merge() {
            return "merge".equals(kind);
        }

        /** Whether documents that belong with this capability change owner: all of them on a merge, the moved ones on a split. */
        public boolean moves(String capability) {
            return merge() || capabilities.contains(capability);
        }
    }
}
