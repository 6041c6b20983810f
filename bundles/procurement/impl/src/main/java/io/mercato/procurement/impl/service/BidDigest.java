package io.mercato.procurement.impl.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The receipt of a bid: SHA-256 of its canonical text (tender, supplier, version, time, a random nonce and every line),
 * so the supplier can check the opened bid against what it sent. The nonce keeps the digest from telling anything about
 * the prices before opening, however few the possible prices.
 */
final class BidDigest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BidDigest() {
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The text digested, also shown after opening so anyone can recompute the digest. */
    static String canonical(String tender, String supplier, int version, Instant submittedAt, String nonce, List<BidInput.Line> lines) {
        StringBuilder text = new StringBuilder("tender=").append(tender).append("|supplier=").append(supplier)
                .append("|version=").append(version).append("|submittedAt=").append(submittedAt).append("|nonce=").append(nonce);
        lines.stream().sorted(Comparator.comparing(BidInput.Line::item)).forEach(line -> text.append("|item=").append(line.item())
                .append(";unitPrice=").append(line.unitPrice().setScale(4, RoundingMode.UNNECESSARY).toPlainString())
                .append(";leadTimeDays=").append(line.leadTimeDays())
                .append(";minQuantity=").append(line.minQuantity() == null ? 1 : line.minQuantity())
                .append(";maxQuantity=").append(line.maxQuantity() == null ? "" : line.maxQuantity())
                .append(";validUntil=").append(line.validUntil()));
        return text.toString();
    }

    static String digest(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal price(BigDecimal price) {
        return price.setScale(4, RoundingMode.UNNECESSARY);
    }
}
