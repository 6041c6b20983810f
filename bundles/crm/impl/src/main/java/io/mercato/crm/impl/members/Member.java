package io.mercato.crm.impl.members;

import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.TierRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A member as the API shows it, with its tier's names. */
public record Member(String code, String mobile, String email, String name, LocalDate birthday, String province, String city,
                     List<String> tags, boolean smsOptOut, boolean emailOptOut, Instant consentAt, String tier, String tierNameZh,
                     String tierNameEn, LocalDate tierSince, LocalDate tierReviewOn, long pointsBalance, String source, Instant createdAt) {
    public static Member of(MemberRow row, List<TierRow> tiers) {
        TierRow tier = tiers.stream().filter(t -> t.code().equals(row.tierCode())).findFirst().orElse(null);
        List<String> tags = row.tags() == null || row.tags().isEmpty() ? List.of() : Arrays.asList(row.tags().split(","));
        return new Member(row.code(), row.mobile(), row.email(), row.name(), row.birthday(), row.province(), row.city(), tags,
                row.smsOptOut(), row.emailOptOut(), row.consentAt(), row.tierCode(), tier == null ? row.tierCode() : tier.nameZh(),
                tier == null ? row.tierCode() : tier.nameEn(), row.tierSince(), row.tierReviewOn(), row.pointsBalance(), row.source(),
                row.createdAt());
    }
}
