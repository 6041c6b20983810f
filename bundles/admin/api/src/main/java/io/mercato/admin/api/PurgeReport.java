package io.mercato.admin.api;

import java.util.List;

/**
 * What purging an uninstalled department would destroy, computed without changing anything.
 *
 * @param tables        every table of its schema with its rows
 * @param references    what other departments hold of its documents (they keep them; they would point at nothing)
 * @param waitingEvents outbox deliveries still waiting for its subscribers (they are dropped with it)
 * @param hash          of the tables' rows and contents: a purge is refused once the data differs from this report
 * @param export        the newest export of its schema, or null
 * @param exportCurrent whether that export holds the data as it is now (its hash is this report's)
 */
public record PurgeReport(String code, String schema, List<TableRows> tables, long totalRows, List<Reference> references,
                          List<WaitingEvents> waitingEvents, String hash, SchemaExport export, boolean exportCurrent) {
    public record TableRows(String table, long rows) {
    }

    public record Reference(String holder, String description, long count) {
    }

    public record WaitingEvents(String subscriber, long pending, long parked) {
    }
}
