/**
 * The durable outbox: cross-department work that must not be lost. A department publishes an event in the same
 * transaction as the change that causes it ({@code TransactionContext.publish}); the platform delivers it to every
 * {@link io.mercato.platform.api.outbox.OutboxSubscriber} that subscribed to its topic, exactly once, also when the
 * subscriber was stopped or uninstalled meanwhile.
 */
@Export
@Version("1.1.0")
package io.mercato.platform.api.outbox;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
