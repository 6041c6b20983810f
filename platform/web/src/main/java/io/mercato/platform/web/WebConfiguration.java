package io.mercato.platform.web;

import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mercato web API")
@interface WebConfiguration {
    String PID = "io.mercato.web";

    /** Largest request body accepted, in bytes. */
    long maxBodyBytes() default 1_048_576;
}
