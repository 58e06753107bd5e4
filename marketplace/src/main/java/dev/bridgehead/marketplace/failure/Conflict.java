package dev.bridgehead.marketplace.failure;

/** A stale version or a state change the thing's life cycle does not allow; nothing was changed. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }

    public static Conflict staleVersion(String what) {
        return new Conflict(what + " was changed by someone else since you read it: reload and apply your change again");
    }
}
