package io.mercato.merchants.impl.console;

import io.mercato.merchants.impl.service.MerchantService;
import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The merchant onboarding pages of the console. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/merchants/*", prefix = "/static/merchants")
public class MerchantsConsole extends ConsolePages {
    public MerchantsConsole() {
        super("merchants", "Merchant onboarding", "招商", 25, List.of(
                new ConsoleMenuEntry("/merchants/merchants", "Merchants", "联营商家", MerchantService.CAPABILITY),
                new ConsoleMenuEntry("/merchants/commission", "Commission rules", "佣金规则", MerchantService.CAPABILITY),
                new ConsoleMenuEntry("/merchants/settlements", "Settlements", "结算", MerchantService.CAPABILITY)));
    }
}
