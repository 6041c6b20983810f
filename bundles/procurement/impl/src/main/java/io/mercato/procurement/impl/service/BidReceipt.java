package io.mercato.procurement.impl.service;

import java.time.Instant;

/**
 * What a supplier keeps of its bid: the SHA-256 digest of the bid's canonical text and when it was taken. After opening
 * the tender shows the bid's text parts (lines and nonce), so the supplier can recompute the digest and compare.
 */
public record BidReceipt(String tender, String supplier, int version, Instant submittedAt, String digest, String nonce) {
}
