package io.mercato.crm.impl.returns;

import io.mercato.platform.api.ValidationException;

/**
 * The three cases of the source documents' return process, decided by the quality check: (a) the customer's fault and
 * not resaleable — refused, sent back within 72 hours; (b) the company's fault or a quality problem — a replacement or a
 * refund in full including postage; (c) no quality problem and resaleable — an exchange with the customer paying the
 * postage, or a refund of the goods.
 */
public enum ReturnOutcome {
    REFUSED, REPLACE, REFUND_FULL, EXCHANGE, REFUND_GOODS;

    /** What the customer asked for when the return was opened, or what the checker chose. */
    public enum Resolution { REFUND, REPLACE, EXCHANGE }

    public static ReturnOutcome decide(boolean qualityProblem, String fault, boolean resaleable, Resolution resolution) {
        if (qualityProblem || "COMPANY".equals(fault)) {
            if (resolution == Resolution.EXCHANGE) {
                throw new ValidationException("resolution", "is REPLACE or REFUND for a quality problem or the company's fault");
            }
            return resolution == Resolution.REPLACE ? REPLACE : REFUND_FULL;
        }
        if (resaleable) {
            if (resolution == Resolution.REPLACE) {
                throw new ValidationException("resolution", "is EXCHANGE or REFUND when there is no quality problem");
            }
            return resolution == Resolution.EXCHANGE ? EXCHANGE : REFUND_GOODS;
        }
        return REFUSED;
    }

    /** The return's status once checked. */
    public String status() {
        return switch (this) {
            case REFUSED -> "REFUSED";
            case REPLACE, EXCHANGE -> "REPLACEMENT";
            case REFUND_FULL, REFUND_GOODS -> "REFUND";
        };
    }

    /** Whether the goods stay with the shop (into stock, or written off as damaged) rather than going back to the customer. */
    public boolean goodsKept() {
        return this != REFUSED;
    }

    public boolean refunds() {
        return this == REFUND_FULL || this == REFUND_GOODS;
    }

    public boolean ships() {
        return this == REPLACE || this == EXCHANGE;
    }
}
