/** The organisation: departments, positions with levels and reporting lines, staff. */
@Export
@Version("1.3.0")
package io.mercato.platform.api.org;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
