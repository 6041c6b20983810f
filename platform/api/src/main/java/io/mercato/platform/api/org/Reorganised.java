package io.mercato.platform.api.org;

/**
 * Event Admin topic and properties sent (synchronously, after commit) when a department is split or merged,
 * so every department can hand the documents owned by the old department to the new owner.
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
    /** {@code String[]}: codes of the positions that moved from FROM to TO. */
    public static final String POSITIONS = "positions";
    /** {@code String[]}: the capabilities that moved from FROM to TO. */
    public static final String CAPABILITIES = "capabilities";
    /** Who made the change. */
    public static final String ACTOR = "actor";

    private Reorganised() {
    }
}
