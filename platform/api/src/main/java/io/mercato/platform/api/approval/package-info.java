/** Approval chains along the reporting lines: any department submits, superiors decide, the owner is told. */
@Export
@Version("1.3.0")
package io.mercato.platform.api.approval;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
