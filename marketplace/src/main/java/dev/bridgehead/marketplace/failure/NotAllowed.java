package dev.bridgehead.marketplace.failure;

/** The caller may see the thing but not do this to it. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
