package io.mercato.platform.api.console;

import io.mercato.platform.api.org.PositionLevel;

/**
 * A menu item of the web console: a route inside the shell and its label in English and Simplified Chinese.
 * With a {@code capability}, the console shows it only to staff whose department owns that capability at
 * {@code level} or above (and to admins), matching what the API behind the page allows.
 */
public record ConsoleMenuEntry(String route, String labelEn, String labelZh, String capability, PositionLevel level) {
    /** An entry every member of staff sees. */
    public ConsoleMenuEntry(String route, String labelEn, String labelZh) {
        this(route, labelEn, labelZh, null, null);
    }

    /** An entry for staff whose department owns the capability, at any level. */
    public ConsoleMenuEntry(String route, String labelEn, String labelZh, String capability) {
        this(route, labelEn, labelZh, capability, PositionLevel.SPECIALIST);
    }
}
