package dev.bridgehead.web;

import dev.bridgehead.infra.embedded.EmbeddedStack;
import dev.bridgehead.infra.embedded.StackSettings;
import dev.bridgehead.marketplace.indexing.Reindex;
import dev.bridgehead.search.indexer.IndexConsistency;
import dev.bridgehead.search.indexer.OutboxIndexer;
import dev.bridgehead.search.indexer.Reindexer;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Operator commands, run as {@code java -jar web/target/bridgehead.jar <command>}: beside a
 * running Bridgehead they use its servers (found through the data directory), otherwise they start
 * the embedded ones for the time of the command, or use the external ones configured.
 */
final class Commands {

    static final String REINDEX = "reindex";
    static final String CHECK_INDEX = "check-index";

    private Commands() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && (REINDEX.equals(args[0]) || CHECK_INDEX.equals(args[0]));
    }

    /** Runs the command; returns the process exit status. */
    static int run(String command, StackSettings settings, PrintStream out) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bridgehead.demo-data.enabled", "false");
        // A command does its one job: the server's start-up rebuild after a mapping upgrade would race a reindex command.
        properties.put("bridgehead.search.mapping-upgrade.enabled", "false");
        properties.put("bridgehead.secret", StackSettings.setting("bridgehead.secret").orElse(UUID.randomUUID() + "-" + UUID.randomUUID()));
        EmbeddedStack own = null;
        if (settings.startsAnything()) {
            Optional<Map<String, Object>> running = EmbeddedStack.attach(settings);
            if (running.isPresent()) {
                out.println("Using the servers of the Bridgehead running on " + settings.dataDirectory().toAbsolutePath());
                properties.putAll(running.get());
            } else {
                out.println("Starting the embedded servers for this command…");
                own = EmbeddedStack.start(settings);
                properties.putAll(own.connectionProperties());
            }
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            return REINDEX.equals(command) ? reindex(context, out) : checkIndex(context, out);
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    private static int reindex(ApplicationContext context, PrintStream out) {
        Reindexer reindexer = context.getBean(Reindexer.class);
        long started = System.nanoTime();
        Reindex run = reindexer.runNow(new ProgressBar(out, context.getBean(dev.bridgehead.marketplace.indexing.IndexFeed.class).countPublished()));
        out.println();
        if (run.status() == Reindex.Status.DONE) {
            out.printf("Rebuilt the search index from MySQL: %d listings in %.1f s, alias now on %s%n", run.done(),
                    (System.nanoTime() - started) / 1e9, run.indexName());
            return 0;
        }
        out.println("The rebuild failed; the previous index is still in use: " + run.error());
        return 1;
    }

    private static int checkIndex(ApplicationContext context, PrintStream out) {
        IndexConsistency.Report report = context.getBean(IndexConsistency.class).check(true);
        out.printf("Searchable in MySQL: %d, in the index: %d%n", report.searchable(), report.indexed());
        if (report.consistent()) {
            out.println("Consistent.");
            return 0;
        }
        out.printf("Missing from the index: %d %s%nIn the index but not searchable: %d %s%n", report.missingCount(), report.missing(),
                report.extraCount(), report.extra());
        OutboxIndexer indexer = context.getBean(OutboxIndexer.class);
        while (indexer.drain() > 0) {
            // apply the queued repairs before exiting
        }
        out.println("Repaired.");
        return 0;
    }

    /** A one-line progress bar: {@code [#######.............] 1200/5000 24%}. */
    private record ProgressBar(PrintStream out, long total) implements java.util.function.IntConsumer {
        @Override
        public void accept(int done) {
            int width = 30;
            int filled = total == 0 ? width : (int) Math.min(width, done * width / total);
            out.printf("\r[%s%s] %d/%d %d%%", "#".repeat(filled), ".".repeat(width - filled), done, total, total == 0 ? 100 : done * 100 / total);
        }
    }
}
