package io.mercato.merchants.api;

import java.util.List;

/** A merchant: {@code status} is PENDING, UNDER_REVIEW, ACTIVE, SUSPENDED, TERMINATED or REJECTED; only ACTIVE ones sell. */
public record MerchantInfo(String code, String companyName, List<String> categories, String status) {
    public boolean selling() {
        return "ACTIVE".equals(status);
    }
}
