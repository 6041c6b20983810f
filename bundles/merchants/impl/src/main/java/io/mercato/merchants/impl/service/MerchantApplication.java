package io.mercato.merchants.impl.service;

import java.util.List;

/** A third-party merchant's application: company, business licence number (营业执照号), contact, categories, requested terms. */
public record MerchantApplication(String companyName, String licenceNumber, String contactName, String contactPhone,
                                  String contactEmail, List<String> categories, String requestedTerms) {
}
