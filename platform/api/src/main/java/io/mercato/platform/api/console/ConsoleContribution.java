package io.mercato.platform.api.console;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department's part of the web console. The shell lists every registered contribution, so installing a
 * department adds its menu and uninstalling it removes the menu, with no restart.
 */
@ConsumerType
public interface ConsoleContribution {
    /** Department name, e.g. {@code warehouse}. */
    String id();

    String titleEn();

    String titleZh();

    /** Position in the menu; lower first. */
    int order();

    List<ConsoleMenuEntry> menu();

    /** URL of the ES module that renders the department's routes, served by the department bundle. */
    String moduleUrl();
}
