package io.mercato.platform.persistence;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mercato database", description = "Empty url = embedded PostgreSQL under data/")
@interface DatabaseConfiguration {
    String PID = "io.mercato.datasource";

    @AttributeDefinition(description = "JDBC URL of an external PostgreSQL; empty starts the embedded one")
    String url() default "";

    String user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD)
    String password() default "";

    int poolSize() default 16;

    @AttributeDefinition(description = "Port of the embedded PostgreSQL; 0 picks a free one")
    int embeddedPort() default 0;

    @AttributeDefinition(description = "Shared buffers of the embedded PostgreSQL, e.g. 256MB or 2GB (applied at its next start)")
    String embeddedSharedBuffers() default "256MB";
}
