package io.mercato.platform.web;

import io.mercato.platform.api.persistence.DatabaseStatus;

/** Whether requests may go on to the database, and the 503 to answer when not. */
final class DatabaseGate {
    private DatabaseGate() {
    }

    /** Null when the database is up; otherwise the problem explaining why it is not. */
    static Problem refusal(DatabaseStatus database) {
        if (database == null) {
            return unavailable("the database layer has not started");
        }
        return database.isUp() ? null : unavailable("the database is " + database.state().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + database.detail());
    }

    static Problem unavailable(String why) {
        return new Problem("https://mercato.io/problems/unavailable", "Service Unavailable", 503,
                "Mercato cannot serve this now, " + why + "; retry shortly", null, null);
    }
}
