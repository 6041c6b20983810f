package io.mercato.delivery.impl.service;

/** A reviewer's correction of the customer's name, phone or address (what is left out stays), and why. */
public record ContactEdit(String name, String phone, OrderInput.Address address, String reason) {
}
