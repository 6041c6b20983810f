package io.mercato.siteops.impl.upload;

import io.mercato.platform.api.org.PositionLevel;

/**
 * The steps of the product upload process (宝贝上传, §4.8) that wait for somebody, with the capability and level of whoever
 * owns the step, what taking it is called in the history, and the step after it.
 */
public enum UploadStep {
    /** The operations supervisor confirms the product file and stock data. */
    CONFIRM(Uploads.CATALOG, PositionLevel.SUPERVISOR, "CONFIRMED"),
    /** Sales edits the base data and checks stock and merchant SKU codes. */
    CHECK(Uploads.CATALOG, PositionLevel.SPECIALIST, "CHECKED"),
    /** Sales uploads the checked product file. */
    UPLOAD(Uploads.CATALOG, PositionLevel.SPECIALIST, "UPLOADED"),
    /** Promotion optimises the title and schedules listing and delisting (上下架). */
    SCHEDULE(Uploads.PROMOTION, PositionLevel.SPECIALIST, "SCHEDULED");

    /** Waiting for the listing time; the listing clock takes it from here. */
    public static final String SCHEDULED = "SCHEDULED";
    public static final String LISTED = "LISTED";
    public static final String SENT_BACK = "SENT_BACK";

    private final String capability;
    private final PositionLevel level;
    private final String action;

    UploadStep(String capability, PositionLevel level, String action) {
        this.capability = capability;
        this.level = level;
        this.action = action;
    }

    public String capability() {
        return capability;
    }

    public PositionLevel level() {
        return level;
    }

    public String action() {
        return action;
    }

    /** The state the upload is in once this step is taken. */
    public String next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].name() : SCHEDULED;
    }

    /** The step an upload in this state waits for, or null once nobody need act (scheduled, listed, sent back). */
    public static UploadStep waitingIn(String state) {
        for (UploadStep step : values()) {
            if (step.name().equals(state)) {
                return step;
            }
        }
        return null;
    }
}
