/** Tech admin API: the departments installed or installable here, and the operations that change them. */
@Export
@Version("1.0.0")
package io.mercato.admin.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
