package dev.bridgehead.web.security;

/** A state-changing form arrived without a valid CSRF token; nothing was done. */
public class CsrfRejected extends RuntimeException {

    public CsrfRejected() {
        super("The form's security token is missing or does not match: reload the page and submit it again");
    }
}
