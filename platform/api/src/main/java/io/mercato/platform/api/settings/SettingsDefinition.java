package io.mercato.platform.api.settings;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which document: the table of the department's own schema that keeps its versions, the document type, its name in the
 * audit trail ({@code <schema>.<name>-saved}) and its title in messages. The table has the columns {@code version integer
 * PRIMARY KEY, settings jsonb NOT NULL, note text, created_by text NOT NULL, created_at timestamptz NOT NULL DEFAULT now()}
 * (the department's migration creates it; a table without rows stands for the defaults).
 */
public record SettingsDefinition<T extends SettingsDocument<T>>(String table, Class<T> type, String auditName, String title) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public SettingsDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (table == null || !NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        if (auditName == null || !auditName.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not an audit name: " + auditName);
        }
    }
}
