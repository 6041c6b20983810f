/** Procurement department API: other departments propose items for the purchase list (采购名单) and read purchase costs. */
@Export
@Version("1.1.0")
package io.mercato.procurement.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
