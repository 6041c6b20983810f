package io.mercato.procurement.impl.service;

import java.util.List;

/** A supplier as created or edited: {@code paymentTerms} e.g. {@code NET30}, {@code PREPAID}, {@code COD}. */
public record SupplierInput(String code, String name, String contactName, String contactPhone, String contactEmail,
                            List<String> categories, String paymentTerms) {
}
