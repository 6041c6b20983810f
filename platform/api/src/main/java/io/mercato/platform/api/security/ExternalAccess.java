package io.mercato.platform.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource (class or method) that logins other than staff may call, such as a supplier's own account. Every
 * other endpoint answers such a login with 403: an external account reaches only what was opened to it, and the
 * resource itself decides what that caller may see.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ExternalAccess {
}
