package dev.bridgehead.web;

import dev.bridgehead.infra.embedded.EmbeddedStack;
import dev.bridgehead.infra.embedded.StackException;
import dev.bridgehead.infra.embedded.StackSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Bridgehead. Without an external MySQL ({@code DATASOURCES_DEFAULT_URL}) or Elasticsearch
 * ({@code ELASTICSEARCH_HTTP_HOSTS}) it first starts the embedded ones under {@code ./data}.
 */
@OpenAPIDefinition(info = @Info(title = "Bridgehead", version = "v1",
        description = "The JSON API of Bridgehead, the cross-border data matchmaking marketplace of Lingang"))
@OpenAPIInclude
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && dev.bridgehead.web.bench.Benchmark.COMMAND.equals(args[0])) {
            try {
                System.exit(dev.bridgehead.web.bench.Benchmark.run(args, System.out));
            } catch (Exception e) {
                System.err.println("bridgehead benchmark: " + Launch.describe(e));
                e.printStackTrace();
                System.exit(1);
            }
        }
        if (Commands.isCommand(args)) {
            try {
                System.exit(Commands.run(args[0], StackSettings.fromSystem(), System.out));
            } catch (RuntimeException e) {
                System.err.println("bridgehead " + args[0] + ": " + Launch.describe(e));
                System.exit(1);
            }
        }
        Launch launch = new Launch(StackSettings.fromSystem(), args);
        try {
            launch.start();
        } catch (StackException e) {
            launch.abort("bridgehead: " + e.getMessage());
        } catch (RuntimeException e) {
            launch.abort("bridgehead: " + Launch.describe(e));
        }
    }

    /** One start of the application, with the embedded stack it may need. */
    static final class Launch {

        private static final Duration APPLICATION_STOP_GRACE = Duration.ofSeconds(30);
        private static final String SECRET = "bridgehead.secret";
        /** The embedded default loads the demo marketplace into an empty database unless told not to. */
        private static final String DEMO_DATA = "bridgehead.demo-data.enabled";

        private final StackSettings settings;
        private final String[] args;
        private volatile EmbeddedStack stack;
        private volatile ApplicationContext context;

        Launch(StackSettings settings, String[] args) {
            this.settings = settings;
            this.args = args;
        }

        void start() {
            ServerPort.requireFree();
            Micronaut micronaut = Micronaut.build(args).mainClass(Application.class).banner(false);
            Optional<String> secret = StackSettings.setting(SECRET);
            secret.ifPresent(Launch::requireStrong);
            if (settings.startsAnything()) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::stopStackAfterApplication, "bridgehead-embedded-stack-shutdown"));
                stack = EmbeddedStack.start(settings);
                stack.supervise();
                micronaut.singletons(stack);
                micronaut.properties(stack.connectionProperties());
                micronaut.properties(Map.of(DEMO_DATA, StackSettings.setting(DEMO_DATA).orElse("true")));
                if (secret.isEmpty()) {
                    micronaut.properties(Map.of(SECRET, stack.applicationSecret()));
                }
            } else if (secret.isEmpty()) {
                throw new StackException("Set BRIDGEHEAD_SECRET to 32 or more random characters, the same on every web node: "
                        + "it signs sessions, API tokens and form tokens");
            }
            context = micronaut.start();
            StartupBanner.print(context, stack);
        }

        /**
         * Micronaut's own shutdown hook stops the application; this one waits for that (closing the
         * context from here too would deadlock with it), then stops the servers the application used.
         */
        private void stopStackAfterApplication() {
            long deadline = System.nanoTime() + APPLICATION_STOP_GRACE.toNanos();
            while (context != null && context.isRunning() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (stack != null) {
                stack.close();
            }
        }

        private static void requireStrong(String secret) {
            if (secret.length() < 32) {
                throw new StackException("BRIDGEHEAD_SECRET must be at least 32 characters long");
            }
        }

        void abort(String line) {
            System.err.println(line);
            System.exit(1);
        }

        /** The innermost cause's message: "Address already in use" beats three layers of wrapping. */
        static String describe(Throwable error) {
            Throwable cause = error;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return error == cause ? message : firstLine(error.getMessage()) + ": " + message;
        }

        private static String firstLine(String text) {
            return text == null ? "" : text.lines().findFirst().orElse("");
        }
    }
}
