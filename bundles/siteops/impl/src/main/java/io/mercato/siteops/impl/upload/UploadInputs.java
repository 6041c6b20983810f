package io.mercato.siteops.impl.upload;

import java.time.OffsetDateTime;

/** What staff send when they take a step of an upload. */
public final class UploadInputs {
    private UploadInputs() {
    }

    /** Confirm, upload, submit or send back: a comment (required to send back). */
    public record StepInput(String comment) {
    }

    /**
     * Sales' check: base data edits (empty keeps what was submitted), and {@code withoutStock} to upload goods the
     * warehouse has none of yet (pre-sale), which the history records.
     */
    public record CheckInput(String category, String title, String description, Boolean withoutStock, String comment) {
    }

    /** Promotion's plan: the optimised title and when to list (empty: now) and delist (empty: never). */
    public record ScheduleInput(String listingTitle, OffsetDateTime listAt, OffsetDateTime delistAt, String comment) {
    }
}
