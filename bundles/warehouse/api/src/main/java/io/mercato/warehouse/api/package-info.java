/** Warehouse department API: stock, reservations and the warehouse directory, for other departments. */
@Export
@Version("1.2.0")
package io.mercato.warehouse.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
