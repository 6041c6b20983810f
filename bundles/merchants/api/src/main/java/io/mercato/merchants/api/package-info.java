/** Merchant onboarding (招商) API: third-party merchants, their standing and the commission that applies to them. */
@Export
@Version("1.0.0")
package io.mercato.merchants.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
