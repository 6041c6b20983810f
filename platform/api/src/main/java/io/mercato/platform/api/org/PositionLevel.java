package io.mercato.platform.api.org;

/** Seniority of a position, lowest first; approvals and permissions compare levels. */
public enum PositionLevel {
    SPECIALIST, SUPERVISOR, DIRECTOR, GENERAL_MANAGER;

    public boolean atLeast(PositionLevel other) {
        return compareTo(other) >= 0;
    }
}
