package io.mercato.crm.impl.members;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The shop's calendar day: points expire and tiers are reviewed on days in China, whatever the server's zone. */
public final class ShopTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShopTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The start of a shop day, as an instant. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
