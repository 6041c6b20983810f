package io.mercato.warehouse.api;

public enum ReservationStatus { RESERVED, RELEASED, COMMITTED }
