package dev.bridgehead.infra.embedded;

/**
 * The embedded stack could not start or stop. The message is one line a person can act on.
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
