/** Site operations API: the catalog — products and their SKUs, listed on the shop or not — and prices with promotions. */
@Export
@Version("1.1.0")
package io.mercato.siteops.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
