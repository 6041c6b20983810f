package io.mercato.crm.impl.persistence;

import java.time.Instant;
import java.time.LocalDate;

public record MemberRow(long id, String code, String mobile, String email, String name, LocalDate birthday, String province, String city,
                        String tags, boolean smsOptOut, boolean emailOptOut, Instant consentAt, String tierCode, LocalDate tierSince,
                        LocalDate tierReviewOn, long pointsBalance, String source, String createdBy, Instant createdAt, Instant updatedAt) {
}
