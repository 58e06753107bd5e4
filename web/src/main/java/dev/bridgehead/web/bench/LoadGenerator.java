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
 * it measures: {@code LoadGenerator <warm-up> <count> <concurrency> <rounds> <calls file>...}. Each
 * line of a calls file is {@code METHOD<TAB>URL[<TAB>JSON body]}. Every file is first called
 * {@code warm-up} times; then the files take turns, a round each, until each has had {@code count}
 * calls, so that whatever else the machine does at the time weighs on every side alike. Prints, for
 * each file in order, two lines: the summed wall time and every latency, in nanoseconds.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    record Call(String method, String url, String body) {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<List<Call>> sides = new ArrayList<>();
        for (int f = 4; f < args.length; f++) {
            sides.add(calls(Path.of(args[f])));
        }
        for (List<Call> calls : sides) {
            Latencies.measure(warmUp, concurrency, i -> send(http, calls.get(i % calls.size())));
        }
        List<List<Long>> nanos = new ArrayList<>();
        long[] wall = new long[sides.size()];
        sides.forEach(side -> nanos.add(new ArrayList<>()));
        int perRound = Math.max(1, count / rounds);
        for (int done = 0; done < count; done += perRound) {
            int offset = done;
            int calls = Math.min(perRound, count - done);
            for (int s = 0; s < sides.size(); s++) {
                List<Call> side = sides.get(s);
                Latencies round = Latencies.measure(calls, concurrency, i -> send(http, side.get((offset + i) % side.size())));
                nanos.get(s).addAll(round.nanos());
                wall[s] += round.wallNanos();
            }
        }
        for (int s = 0; s < sides.size(); s++) {
            System.out.println(wall[s]);
            System.out.println(nanos.get(s).stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
    }

    private static List<Call> calls(Path file) throws Exception {
        List<Call> calls = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 3);
            calls.add(new Call(parts[0], parts[1], parts.length > 2 ? parts[2] : null));
        }
        return calls;
    }

    private static void send(HttpClient http, Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).header("Accept", "application/json")
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(call.method() + " " + call.url() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
