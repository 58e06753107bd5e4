package dev.bridgehead.marketplace.failure;

/** No such thing, or nothing the caller may see: both look the same from outside. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
