/** Customer service and CRM API: members (identified by mobile number), their tier and points balance. */
@Export
@Version("1.0.0")
package io.mercato.crm.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
