package io.mercato.siteops.impl.persistence;

import java.time.Instant;

/** One step taken in an upload: what, by whom, when, and why. */
public record UploadStepRow(String step, String action, String actor, String comment, Instant at) {
}
