package io.mercato.platform.api.console;

/** A menu item of the web console: a route inside the shell and its label in English and Simplified Chinese. */
public record ConsoleMenuEntry(String route, String labelEn, String labelZh) {
}
