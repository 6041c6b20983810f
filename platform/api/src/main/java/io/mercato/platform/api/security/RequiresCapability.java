package io.mercato.platform.api.security;

import io.mercato.platform.api.org.PositionLevel;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST resource method (or class) that only staff may call whose department owns the capability, at or
 * above the level; others get 403. Accounts with the {@code admin} role may call everything.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresCapability {
    /** E.g. {@code warehouse.transfer}. */
    String value();

    PositionLevel level() default PositionLevel.SPECIALIST;
}
