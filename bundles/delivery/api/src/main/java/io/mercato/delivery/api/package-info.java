/** Delivery department API: sales orders (read), their status and the events other departments follow. */
@Export
@Version("1.1.0")
package io.mercato.delivery.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
