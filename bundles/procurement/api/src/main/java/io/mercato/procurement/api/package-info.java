/** Procurement department API: other departments propose items for the purchase list (采购名单). */
@Export
@Version("1.0.0")
package io.mercato.procurement.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
