package dev.bridgehead.infra.embedded;

import java.nio.file.Path;

/** Starts a stack and holds it until killed: stands in for an application that dies without stopping its servers. */
public final class StackHolder {

    static final String READY = "stack-holder-ready";

    private StackHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedStack.start(new StackSettings(Path.of(args[0]), "bridgehead", 0, 0, "256m", true, true, "nobody"));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
