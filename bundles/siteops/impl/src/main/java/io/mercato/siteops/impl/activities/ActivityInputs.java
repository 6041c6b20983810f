package io.mercato.siteops.impl.activities;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff send about platform activities. */
public final class ActivityInputs {
    private ActivityInputs() {
    }

    /** An activity found on a marketplace: where, what, by when to sign up, when it runs, and what the shop wants of it. */
    public record ActivityInput(String platform, String name, String url, LocalDate signUpBy, LocalDate startsOn, LocalDate endsOn, String goal) {
    }

    /** A supervisor's approval or shelving, with a note (required to shelve). */
    public record DecisionInput(String note) {
    }

    /** The sign-up: which products take part. */
    public record SignUpInput(String products) {
    }

    /** A day's progress: visitors, orders and sales (yuan) on the activity's page. */
    public record DayReport(LocalDate day, Integer visitors, Integer orders, BigDecimal sales, String note) {
    }
}
