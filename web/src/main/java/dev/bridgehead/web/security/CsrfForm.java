package dev.bridgehead.web.security;

/** A form that carries its CSRF token. */
public interface CsrfForm {

    String csrfToken();
}
