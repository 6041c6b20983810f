package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.web.DepartmentApplication;
import io.mercato.platform.api.web.MercatoApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** {@code /api/siteops}: every site operations resource in one application, published and withdrawn at once. */
@Component(service = Application.class)
@JaxrsApplicationBase("/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=mercato.api.siteops)")
@JaxrsName("mercato.siteops")
@MercatoApi
public class SiteopsApi extends DepartmentApplication {
    @Activate
    public SiteopsApi(@Reference CatalogResource catalog, @Reference UploadResource uploads, @Reference PricingResource pricing,
                      @Reference AnalysisResource analysis, @Reference PromotionResource promotions, @Reference ActivityResource activities,
                      @Reference MerchantGoodsResource merchantGoods) {
        super(catalog, uploads, pricing, analysis, promotions, activities, merchantGoods);
    }
}
