package dev.bridgehead.web.security;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page controller: every state-changing handler must receive the form's CSRF token (a
 * {@code csrfToken} field of its {@link CsrfForm} or form map, or for a multipart form a
 * {@code String csrfToken} argument bound to its part) matching the browser's cookie and bound to
 * the browser's session ({@link CsrfTokens}). Checked after the form is bound, so that a filter
 * need not read form bodies. {@link CsrfGuard} refuses form posts to handlers without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@Type(CsrfInterceptor.class)
public @interface CsrfProtected {
}
