package ${package}.api;

import java.time.Instant;

/** One entry of the department. */
public record Entry(long id, String title, String createdBy, Instant createdAt) {
}
