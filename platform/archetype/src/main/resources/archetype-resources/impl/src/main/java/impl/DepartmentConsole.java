package ${package}.impl;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The department's pages in the console: a menu entry and the page module served from this bundle. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/${department}/*", prefix = "/static/${department}")
public class DepartmentConsole extends ConsolePages {
    public DepartmentConsole() {
        super("${department}", "${titleEn}", "${titleZh}", 80,
                List.of(new ConsoleMenuEntry("/${department}/entries", "Entries", "记录", EntryResource.CAPABILITY)));
    }
}
