package com.example.shop.giftwrap.impl;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The department's pages in the console: a menu entry and the page module served from this bundle. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/giftwrap/*", prefix = "/static/giftwrap")
public class DepartmentConsole extends ConsolePages {
    public DepartmentConsole() {
        super("giftwrap", "Gift wrapping", "礼品包装", 80, List.of(
                new ConsoleMenuEntry("/giftwrap/requests", "Wrap requests", "包装申请", WrapResource.CAPABILITY),
                new ConsoleMenuEntry("/giftwrap/options", "Wrap options", "包装款式", WrapResource.CAPABILITY)));
    }
}
