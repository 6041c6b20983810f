package com.example.shop.giftwrap.api;

import java.math.BigDecimal;

/** A way of wrapping a parcel the shop offers, with its price to the customer. */
public record WrapOption(String code, String nameEn, String nameZh, BigDecimal price, boolean active) {
}
