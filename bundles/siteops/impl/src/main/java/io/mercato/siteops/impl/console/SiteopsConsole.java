package io.mercato.siteops.impl.console;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import io.mercato.siteops.impl.catalog.Products;
import io.mercato.siteops.impl.pricing.Pricing;
import io.mercato.siteops.impl.upload.Uploads;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The site operations pages of the console. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/siteops/*", prefix = "/static/siteops")
public class SiteopsConsole extends ConsolePages {
    public SiteopsConsole() {
        super("siteops", "Site operations", "网站运营", 60, List.of(new ConsoleMenuEntry("/siteops/catalog", "Catalog", "商品目录", Products.CAPABILITY),
                new ConsoleMenuEntry("/siteops/uploads", "Product upload", "宝贝上传", Uploads.CATALOG),
                new ConsoleMenuEntry("/siteops/pricing", "Pricing", "定价", Pricing.CAPABILITY),
                new ConsoleMenuEntry("/siteops/analysis", "Sales analysis", "销售分析", Pricing.CAPABILITY),
                new ConsoleMenuEntry("/siteops/promotions", "Promotions", "促销", Uploads.PROMOTION),
                new ConsoleMenuEntry("/siteops/activities", "Platform activities", "活动报名", Uploads.PROMOTION)));
    }
}
