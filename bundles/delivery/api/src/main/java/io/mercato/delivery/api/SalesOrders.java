package io.mercato.delivery.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Sales orders, read-only, for departments that follow them; changes arrive as {@link OrderEvents}. */
@ProviderType
public interface SalesOrders {
    Optional<SalesOrderInfo> find(String number);

    /** The order a channel knows by its own number, if it was taken in. */
    Optional<SalesOrderInfo> findByChannel(String channel, String channelOrder);
}
