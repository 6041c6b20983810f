package io.mercato.crm.impl.persistence;

public record SlaPolicyRow(String type, String priority, int firstResponseMinutes, int resolutionMinutes) {
}
