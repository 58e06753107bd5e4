package dev.bridgehead.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark's client, run in a process of its own so that its work does not slow the server
 * it measures: {@code LoadGenerator <requests file> <warm-up> <count> <concurrency>}. Each line of
 * the file is {@code METHOD<TAB>URL[<TAB>JSON body]}. Prints the wall time and every latency in
 * nanoseconds, space-separated, on two lines.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    record Call(String method, String url, String body) {
    }

    public static void main(String[] args) throws Exception {
        List<Call> calls = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 3);
            calls.add(new Call(parts[0], parts[1], parts.length > 2 ? parts[2] : null));
        }
        int warmUp = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Latencies.Work work = i -> {
            Call call = calls.get(i % calls.size());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).header("Accept", "application/json")
                    .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
            if (call.body() != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(call.method() + " " + call.url() + " answered " + response.statusCode() + ": " + response.body());
            }
        };
        Latencies.measure(warmUp, concurrency, work);
        Latencies measured = Latencies.measure(count, concurrency, work);
        System.out.println(measured.wallNanos());
        System.out.println(measured.nanos().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }
}
