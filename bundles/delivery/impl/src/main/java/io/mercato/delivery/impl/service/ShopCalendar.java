package io.mercato.delivery.impl.service;

import java.time.ZoneId;

/** The shop's calendar: days (lists by day, promised delivery days, months of the scorecard) are China Standard Time. */
public final class ShopCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShopCalendar() {
    }
}
