package io.mercato.siteops.impl.catalog;

import io.mercato.merchants.api.MerchantDirectory;
import io.mercato.merchants.api.MerchantInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The one place site operations asks merchant onboarding whether a merchant sells. Each caller decides what a standing
 * means for it (a 400, a 409, a row in error, a listing held); while merchant onboarding is not installed nothing is
 * checked ({@link Standing#UNCHECKED}).
 */
@Component(service = MerchantStandings.class)
public class MerchantStandings {
    public enum Kind { UNCHECKED, UNKNOWN, SELLING, NOT_SELLING }

    /** What is known of a merchant; {@code status} is merchant onboarding's (e.g. SUSPENDED) where it knows the merchant. */
    public record Standing(Kind kind, String status) {
        public static final Standing UNCHECKED = new Standing(Kind.UNCHECKED, null);

        public boolean notSelling() {
            return kind == Kind.NOT_SELLING;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MerchantDirectory merchants;

    public Standing of(String merchant) {
        MerchantDirectory directory = merchants;
        if (merchant == null || directory == null) {
            return Standing.UNCHECKED;
        }
        Optional<MerchantInfo> known = directory.merchant(merchant);
        if (known.isEmpty()) {
            return new Standing(Kind.UNKNOWN, null);
        }
        return new Standing(known.get().selling() ? Kind.SELLING : Kind.NOT_SELLING, known.get().status());
    }
}
