package io.mercato.crm.impl.returns;

/**
 * What the warehouse found: a quality problem, whose fault the return is ({@code CUSTOMER}, {@code COMPANY} or
 * {@code NONE}), whether the goods can be sold again; {@code resolution} chooses between the outcomes the case allows
 * (by default what the customer asked for: a refund for a return, a replacement or exchange for an exchange).
 */
public record QualityCheckInput(Boolean qualityProblem, String fault, Boolean resaleable, String resolution, String note) {
}
