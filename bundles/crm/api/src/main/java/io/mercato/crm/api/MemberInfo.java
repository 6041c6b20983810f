package io.mercato.crm.api;

import java.time.LocalDate;

/** A member as other departments read it: its tier code (e.g. {@code GOLD}) and points balance. */
public record MemberInfo(String code, String mobile, String name, String tier, long pointsBalance, LocalDate tierReviewOn) {
}
