package io.mercato.siteops.impl.support;

import java.time.LocalDate;
import java.time.ZoneId;

/** The shop's time zone: sales days, listing dates, activity days and classification windows are counted in it. */
public final class ShopTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShopTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
