package dev.bridgehead.search.query;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Every search a visitor waits for goes through here: it gets a deadline
 * ({@code bridgehead.search.deadline}, 2 s), after which the request to Elasticsearch is cancelled
 * and the visitor told search is unavailable, even when a node accepts the connection and never
 * answers (a hung JVM, a network black hole). After {@link #FAILURES_TO_OPEN} failures in a row
 * the breaker opens: for {@code bridgehead.search.breaker-open} (10 s) searches fail at once,
 * without asking; then one is let through, and the first success closes it again. Refusals
 * Elasticsearch answers (a bad query, a missing index) are answers, not failures. Created at
 * start-up, so that its gauge ({@code bridgehead.search.breaker.open}) is there before the first
 * search.
 */
@Context
public class SearchCalls {

    static final int FAILURES_TO_OPEN = 5;

    private final Duration deadline;
    private final Duration openFor;
    private final MeterRegistry meters;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile long openUntil;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    SearchCalls(@Value("${bridgehead.search.deadline:2s}") Duration deadline, @Value("${bridgehead.search.breaker-open:10s}") Duration openFor,
                MeterRegistry meters) {
        this.deadline = deadline;
        this.openFor = openFor;
        this.meters = meters;
        meters.gauge("bridgehead.search.breaker.open", this, calls -> calls.isOpen() ? 1 : 0);
    }

    /** The call's answer, or {@link SearchUnavailable} once the deadline passed or while the breaker is open. */
    public <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        if (isOpen()) {
            meters.counter("bridgehead.search.failures", "kind", "breaker-open").increment();
            return CompletableFuture.failedFuture(new SearchUnavailable(new IllegalStateException("Elasticsearch failed " + FAILURES_TO_OPEN
                    + " times in a row; not asked again for a while")));
        }
        CompletableFuture<T> request = call.get();
        ScheduledFuture<?> timeout = timer.schedule(() -> request.cancel(true), deadline.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<T> result = new CompletableFuture<>();
        request.whenComplete((value, failure) -> {
            timeout.cancel(false);
            if (failure == null) {
                succeeded();
                result.complete(value);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof ElasticsearchException) {
                succeeded();
                result.completeExceptionally(cause);
                return;
            }
            failed(cause instanceof CancellationException ? "deadline" : "error");
            result.completeExceptionally(new SearchUnavailable(cause instanceof CancellationException
                    ? new TimeoutException("Elasticsearch did not answer within " + deadline.toMillis() + " ms") : cause));
        });
        return result;
    }

    /** As {@link #call}, waiting for the answer (never longer than the deadline). */
    public <T> T await(Supplier<CompletableFuture<T>> call) {
        try {
            return call(call).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    public boolean isOpen() {
        return failuresInARow.get() >= FAILURES_TO_OPEN && System.nanoTime() - openUntil < 0;
    }

    private void succeeded() {
        failuresInARow.set(0);
    }

    private void failed(String kind) {
        meters.counter("bridgehead.search.failures", "kind", kind).increment();
        if (failuresInARow.incrementAndGet() >= FAILURES_TO_OPEN) {
            openUntil = System.nanoTime() + openFor.toNanos();
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
