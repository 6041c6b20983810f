package io.mercato.delivery.impl.persistence;

public record CourierAreaRow(String courierCode, String province, int promisedDays) {
}
