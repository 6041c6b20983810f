/**
 * What one department holds of another's documents (a stock receipt naming a purchase order, an order line naming a
 * merchant), so that purging a department's data can first say what elsewhere still points at it.
 */
@Export
@Version("1.0.0")
package io.mercato.platform.api.references;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
