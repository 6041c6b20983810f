package io.mercato.benchmark.reliability;

import java.sql.Connection;

/** Where the suite gets a direct database connection (the embedded server's, from its owner-only credentials). */
@FunctionalInterface
public interface DatabaseConnections {
    Connection open() throws Exception;
}
