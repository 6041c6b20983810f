package io.mercato.platform.api.console;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The usual {@link ConsoleContribution}: a department's title in both languages, its place in the menu, its menu
 * entries, and its page module at {@code /console/<id>/<id>.js} (the subclass serves its {@code static/<id>} folder
 * there with {@code @HttpWhiteboardResource}). A department's console class names only these.
 */
@ConsumerType
public abstract class ConsolePages implements ConsoleContribution {
    private final String id;
    private final String titleEn;
    private final String titleZh;
    private final int order;
    private final List<ConsoleMenuEntry> menu;

    protected ConsolePages(String id, String titleEn, String titleZh, int order, List<ConsoleMenuEntry> menu) {
        this.id = id;
        this.titleEn = titleEn;
        this.titleZh = titleZh;
        this.order = order;
        this.menu = List.copyOf(menu);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleEn() {
        return titleEn;
    }

    @Override
    public final String titleZh() {
        return titleZh;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final List<ConsoleMenuEntry> menu() {
        return menu;
    }

    @Override
    public String moduleUrl() {
        return "/console/" + id + "/" + id + ".js";
    }
}
