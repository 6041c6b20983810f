package com.example.shop.giftwrap.api;

import java.util.List;

/** Gift wrapping for other departments: the packing station asks what to wrap before a parcel is closed. */
@org.osgi.annotation.versioning.ProviderType
public interface GiftWrapService {
    /** The wrap requests of a sales order (any status), oldest first. */
    List<WrapRequest> forOrder(String orderNumber);
}
