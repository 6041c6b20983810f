@Export
@Version("1.2.0")
package io.mercato.platform.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
