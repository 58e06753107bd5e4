package dev.bridgehead.web.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies of repeated work at a given concurrency: percentiles and throughput. */
record Latencies(List<Long> nanos, long wallNanos, int concurrency) {

    /** A unit of work: returns normally on success. */
    interface Work {
        void run(int i) throws Exception;
    }

    /** Runs {@code work} {@code count} times on {@code concurrency} threads, each call timed. */
    static Latencies measure(int count, int concurrency, Work work) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                Callable<Void> worker = () -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        work.run(i);
                        nanos.add(System.nanoTime() - start);
                    }
                    return null;
                };
                workers.add(pool.submit(worker));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Latencies(new ArrayList<>(nanos), System.nanoTime() - started, concurrency);
    }

    double percentileMillis(double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    double meanMillis() {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    double perSecond() {
        return nanos.size() / (wallNanos / 1e9);
    }
}
