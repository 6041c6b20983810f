package io.mercato.siteops.api;

/** A product as other departments read it: {@code merchantCode} names the merchant whose goods it is (null: the shop's own). */
public record ProductInfo(String code, String title, String categoryCode, String merchantCode, String status, boolean listed) {
}
