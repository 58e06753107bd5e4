package dev.bridgehead.web.bench;

import dev.bridgehead.infra.embedded.EmbeddedStack;
import dev.bridgehead.infra.embedded.StackSettings;
import dev.bridgehead.marketplace.indexing.IndexFeed;
import dev.bridgehead.marketplace.indexing.IndexedListing;
import dev.bridgehead.marketplace.indexing.Reindex;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingRepository;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.need.NeedRepository;
import dev.bridgehead.search.index.ListingDocument;
import dev.bridgehead.search.index.ListingIndex;
import dev.bridgehead.search.language.Glossary;
import dev.bridgehead.search.language.TermBase;
import dev.bridgehead.search.matching.SearchCandidates;
import dev.bridgehead.search.query.Translating;
import dev.bridgehead.search.relevance.Figures;
import dev.bridgehead.search.relevance.RelevanceRun;
import dev.bridgehead.search.relevance.RelevanceSet;
import dev.bridgehead.search.indexer.Reindexer;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchQuery;
import dev.bridgehead.infra.generator.MarketplaceGenerator;
import dev.bridgehead.marketplace.outbox.OutboxRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Pageable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code java -jar web/target/bridgehead.jar benchmark [--listings N] [--needs M] [--requests R]}:
 * generates a marketplace of N published bilingual listings and M needs in its own data directory
 * ({@code data-bench} unless {@code -Dbridgehead.data-dir} says otherwise), then measures the full
 * rebuild of the index against a raw {@code _bulk} of the same documents, the search API against the
 * same queries sent raw to Elasticsearch (concurrency 1 and 16), MySQL LIKE and FULLTEXT as the
 * baseline a search engine replaces, and matching: one need, every need, and the naive
 * every-need-against-every-listing way. Prints a Markdown report and writes it next to the data.
 */
public final class Benchmark {

    public static final String COMMAND = "benchmark";
    static final int WARM_UP = 1_000;
    static final int MAX_WARM_UP_ROUNDS = 30;
    /** The sides of a comparison take turns this many times, so a slow spell of the machine weighs on both. */
    static final int ROUNDS = 5;
    static final int INDEXING_ROUNDS = 5;
    static final int RAW_BULK_BATCH = 500;
    static final long SEED = 20_261_124L;

    private final PrintStream out;
    private final java.util.Set<String> sections;
    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Benchmark(PrintStream out, java.util.Set<String> sections) {
        this.out = out;
        this.sections = sections;
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        int listings = option(args, "--listings", 100_000);
        int needs = option(args, "--needs", 10_000);
        int requests = option(args, "--requests", 500);
        java.util.Set<String> sections = java.util.Set.of(textOption(args, "--sections", "indexing,search,mysql,matching,curation").split(","));
        if (StackSettings.setting(StackSettings.DATA_DIR).isEmpty()) {
            System.setProperty(StackSettings.DATA_DIR, "data-bench");
        }
        StackSettings settings = StackSettings.fromSystem();
        EmbeddedStack stack = settings.startsAnything() ? EmbeddedStack.start(settings) : null;
        Map<String, Object> properties = new HashMap<>();
        if (stack != null) {
            properties.putAll(stack.connectionProperties());
        }
        properties.put("bridgehead.demo-data.enabled", "false");
        properties.put("bridgehead.search.mapping-upgrade.enabled", "false");
        properties.put("bridgehead.matching.refresher.enabled", "false");
        properties.put("bridgehead.secret", UUID.randomUUID() + "-" + UUID.randomUUID());
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            return new Benchmark(out, sections).measure(server, stack, settings, listings, needs, requests);
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    private int measure(EmbeddedServer server, EmbeddedStack stack, StackSettings settings, int listings, int needs, int requests)
            throws Exception {
        ApplicationContext context = server.getApplicationContext();
        // The plain pool, not the transaction-bound proxy: the SQL baseline manages its own connections.
        DataSource dataSource = context.getBean(io.micronaut.jdbc.DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        MarketplaceGenerator generator = new MarketplaceGenerator(SEED);
        String elasticsearch = context.getProperty("elasticsearch.http-hosts", String.class).orElseThrow().split(",")[0];
        line("# Bridgehead benchmark report");
        line("");
        machine(elasticsearch);

        long[] counts = counts(dataSource);
        if (counts[0] == 0) {
            long started = System.nanoTime();
            new MarketplaceLoader(context).load(generator, listings, needs, Runtime.getRuntime().availableProcessors(),
                    done -> progress("Loading listings through the services", done, listings));
            out.println();
            double loaded = seconds(started);
            OutboxRepository outbox = context.getBean(OutboxRepository.class);
            while (outbox.count() > 0) {
                Thread.sleep(200);
            }
            double indexed = seconds(started);
            // Matching is measured below, on purpose; the refreshes queued while loading are not needed.
            execute(dataSource, "DELETE FROM match_refresh");
            counts = counts(dataSource);
            line("Generated (seed %d, `infra` `MarketplaceGenerator`) and loaded through the application's services (registration, verification, "
                    + "profiles, listings drafted, submitted and published, needs): %,d published listings and %,d open needs in %.0f s on %d threads; "
                    + "the outbox indexer had indexed everything %.0f s after the start.", SEED, counts[0], counts[1], loaded,
                    Runtime.getRuntime().availableProcessors(), indexed);
        } else {
            line("Reused the data in %s: %,d published listings, %,d open needs.", settings.dataDirectory(), counts[0], counts[1]);
        }
        line("");
        if (sections.contains("indexing")) {
            indexing(context, elasticsearch);
        }
        if (sections.contains("search")) {
            search(server, context, generator, elasticsearch, requests);
        }
        if (sections.contains("mysql")) {
            mysql(dataSource, generator);
        }
        if (sections.contains("matching")) {
            matching(context);
        }
        if (sections.contains("curation")) {
            curation(server, dataSource);
        }
        if (sections.contains("reassessment")) {
            reassessment(context, dataSource);
        }
        if (sections.contains("list-switch")) {
            listSwitch(context, dataSource);
        }
        if (sections.contains("relevance")) {
            relevance(context, settings);
        }

        Path file = settings.dataDirectory().resolve("benchmark-report.md");
        Files.writeString(file, report.toString());
        out.println();
        out.println("Report written to " + file.toAbsolutePath());
        return 0;
    }

    private void machine(String elasticsearch) throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> String.format("%.1f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("?");
        String esVersion = get(elasticsearch + "/_cat/nodes?h=version").replaceAll("[^0-9.]", "");
        line("## Machine");
        line("");
        line("- %d cores (%s), %s RAM; Java %s, heap max %d MB", Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("java.version"), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1024 / 1024);
        line("- Elasticsearch %s (one node, embedded default), MariaDB (embedded default); run on %s", esVersion, LocalDate.now());
        line("");
        line("## Data");
        line("");
    }

    private void indexing(ApplicationContext context, String elasticsearch) throws Exception {
        IndexFeed feed = context.getBean(IndexFeed.class);
        Reindexer reindexer = context.getBean(Reindexer.class);
        long total = feed.countPublished();

        ObjectMapper json = context.getBean(ObjectMapper.class);
        List<String> batches = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        LocalDate today = LocalDate.now();
        dev.bridgehead.search.language.Glossary glossary = context.getBean(dev.bridgehead.search.language.TermBase.class).current();
        IndexFeed.Pass published = feed.published();
        for (List<IndexedListing> page = published.next(RAW_BULK_BATCH); !page.isEmpty(); page = published.next(RAW_BULK_BATCH)) {
            for (IndexedListing listing : page) {
                batch.append("{\"index\":{\"_id\":\"").append(listing.listing().id()).append("\"}}\n")
                        .append(json.writeValueAsString(ListingDocument.of(listing, today, glossary))).append('\n');
                if (++inBatch == RAW_BULK_BATCH) {
                    batches.add(batch.toString());
                    batch.setLength(0);
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            batches.add(batch.toString());
        }
        ListingIndex index = context.getBean(ListingIndex.class);
        String scratch = index.alias() + "-bench-raw-bulk";

        // The sides take turns, a warm-up run each first; the median of the timed runs is reported.
        List<Double> rebuilds = new ArrayList<>();
        List<Double> raws = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round <= INDEXING_ROUNDS; round++) {
            long started = System.nanoTime();
            Reindex run = reindexer.runNow(done -> progress("Rebuilding the index", done, total));
            out.println();
            if (run.status() != Reindex.Status.DONE) {
                throw new IllegalStateException("The rebuild failed: " + run.error());
            }
            double rebuild = seconds(started);
            double raw = rawBulk(elasticsearch, index, scratch, batches);
            out.printf("Round %d: rebuild %.1f s, raw bulk %.1f s%n", round, rebuild, raw);
            if (round > 0) {
                rebuilds.add(rebuild);
                raws.add(raw);
                ratios.add(rebuild / raw);
            }
        }
        send("DELETE", elasticsearch + "/" + scratch, null, null);
        double rebuild = median(rebuilds);
        double raw = median(raws);

        line("## Indexing %,d listings", total);
        line("");
        line("The two sides took turns, %d timed rounds (a rebuild, then the raw load) after one untimed round; the median of each side is "
                + "shown, and the median of the rounds' ratios (each rebuild against the raw load right after it, so that a slow spell of "
                + "the machine weighs on both). Both fill a new index with the same settings and mapping, with refreshes off while loading "
                + "and one refresh at the end. The rounds' ratios: %s.", INDEXING_ROUNDS,
                ratios.stream().map(r -> String.format(java.util.Locale.ROOT, "%.2f", r)).collect(java.util.stream.Collectors.joining(", ")));
        line("");
        line("| what | time | documents/s |");
        line("| --- | ---: | ---: |");
        line("| Bridgehead rebuild (`reindex`: read MySQL in pages of 500, build and serialise documents while the previous batch is "
                + "indexed, bulk with external versions, switch the alias) | %.1f s | %,.0f |", rebuild, total / rebuild);
        line("| raw `_bulk` of the same documents, prebuilt as NDJSON beforehand, batches of 500 | %.1f s | %,.0f |", raw, total / raw);
        line("| ratio of the medians | %.2f× | |", rebuild / raw);
        line("| median of the rounds' ratios | %.2f× | |", median(ratios));
        line("");
    }

    /** Sends the prebuilt NDJSON batches one after another into a fresh index, as a loader that knows Elasticsearch would. */
    private double rawBulk(String elasticsearch, ListingIndex index, String scratch, List<String> batches) throws Exception {
        send("DELETE", elasticsearch + "/" + scratch + "?ignore_unavailable=true", null, null);
        index.create(scratch);
        long started = System.nanoTime();
        send("PUT", elasticsearch + "/" + scratch + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}", "application/json");
        for (String body : batches) {
            String response = send("POST", elasticsearch + "/" + scratch + "/_bulk", body, "application/x-ndjson");
            if (response.contains("\"errors\":true")) {
                throw new IllegalStateException("The raw bulk load failed: " + response.substring(0, Math.min(500, response.length())));
            }
        }
        send("PUT", elasticsearch + "/" + scratch + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}", "application/json");
        send("POST", elasticsearch + "/" + scratch + "/_refresh", "", "application/json");
        return seconds(started);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private void search(EmbeddedServer server, ApplicationContext context, MarketplaceGenerator generator, String elasticsearch, int requests)
            throws Exception {
        ListingSearch search = context.getBean(ListingSearch.class);
        String alias = context.getBean(ListingIndex.class).alias();
        List<String> texts = generator.queries(requests);
        List<String> sectors = MarketplaceGenerator.sectorCodes();
        List<String> apiUrls = new ArrayList<>();
        List<String> rawBodies = new ArrayList<>();
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Map<SearchQuery.Facet, List<String>> filters = new EnumMap<>(SearchQuery.Facet.class);
            String sector = sectors.get(i % sectors.size());
            String text = i % 4 == 3 ? "" : texts.get(i);
            String url = server.getURL() + "/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
            switch (i % 4) {
                case 1 -> {
                    filters.put(SearchQuery.Facet.SECTOR, List.of(sector));
                    url += "&sector=" + sector;
                }
                case 2 -> {
                    filters.put(SearchQuery.Facet.JURISDICTION, List.of("SG"));
                    filters.put(SearchQuery.Facet.CATEGORY, List.of("GENERAL"));
                    url += "&jurisdiction=SG&category=GENERAL";
                }
                case 3 -> {
                    filters.put(SearchQuery.Facet.SECTOR, List.of(sector));
                    filters.put(SearchQuery.Facet.TYPE, List.of("DATA_PRODUCT"));
                    url += "&sector=" + sector + "&type=DATA_PRODUCT";
                }
                default -> {
                }
            }
            apiUrls.add(url);
            SearchQuery query = SearchQuery.of(text, filters, null, null, null);
            queries.add(query);
            rawBodies.add(search.requestJson(query));
        }
        String rawUrl = elasticsearch + "/" + alias + "/_search";
        Path dir = Files.createTempDirectory("bridgehead-bench");
        Path apiCalls = dir.resolve("api.tsv");
        Path rawCalls = dir.resolve("raw.tsv");
        Files.write(apiCalls, apiUrls.stream().map(url -> "GET\t" + url).toList(), StandardCharsets.UTF_8);
        Files.write(rawCalls, rawBodies.stream().map(body -> "POST\t" + rawUrl + "\t" + body.replace('\n', ' ').replace('\t', ' ')).toList(),
                StandardCharsets.UTF_8);
        Latencies.Work inProcess = i -> search.search(queries.get(i % queries.size()));
        out.println("Warming the server up…");
        int warmUp = warmUntilCompiled(apiCalls);
        line("## Search: `GET /api/v1/search` against the same queries sent raw to Elasticsearch");
        line("");
        line("%d queries: a quarter text only, a quarter text with a sector filter, a quarter text with jurisdiction and category, a quarter "
                + "facets only (sector and type); the texts half English, half Chinese; every request with its facet counts and highlights. "
                + "The client is a separate JVM (the JDK HTTP client, HTTP/1.1 keep-alive) on the same machine. The server was warmed up by "
                + "%,d API calls, until the JIT compiler took under 2%% of a round of 1,000 (a server that has run for a few minutes); then each side "
                + "had %,d warm-up calls of its own, and the two sides took turns, %d rounds each, so that a slow spell of the machine weighs on "
                + "both alike.", requests, warmUp, WARM_UP, ROUNDS);
        line("");
        line("| concurrency | side | p50 | p99 | mean | requests/s |");
        line("| ---: | --- | ---: | ---: | ---: | ---: |");
        for (int concurrency : new int[] {1, 16}) {
            out.println("Searching at concurrency " + concurrency + "…");
            List<Latencies> sides = load(WARM_UP, requests, concurrency, ROUNDS, apiCalls, rawCalls);
            Latencies viaApi = sides.get(0);
            Latencies viaRaw = sides.get(1);
            row(concurrency, "Bridgehead API", viaApi);
            row(concurrency, "raw Elasticsearch", viaRaw);
            line("| %d | **API ÷ raw** | **%.2f×** | **%.2f×** | %.2f× | |", concurrency, viaApi.percentileMillis(50) / viaRaw.percentileMillis(50),
                    viaApi.percentileMillis(99) / viaRaw.percentileMillis(99), viaApi.meanMillis() / viaRaw.meanMillis());
        }
        Latencies.measure(WARM_UP, 1, inProcess);
        Latencies direct = Latencies.measure(requests, 1, inProcess);
        line("");
        line("For reference, `ListingSearch.search` called in-process (the Elasticsearch client and the parsing of its answer, no HTTP in front): "
                + "p50 %.1f ms, p99 %.1f ms at concurrency 1.", direct.percentileMillis(50), direct.percentileMillis(99));
        line("");
    }

    private void mysql(DataSource dataSource, MarketplaceGenerator generator) throws Exception {
        List<String> texts = generator.queries(100);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE() "
                    + "AND table_name = 'listing' AND index_name = 'listing_bench_fulltext'")) {
                r.next();
                if (r.getLong(1) == 0) {
                    out.println("Adding a FULLTEXT index to the benchmark database…");
                    s.execute("ALTER TABLE listing ADD FULLTEXT INDEX listing_bench_fulltext (title, title_zh, summary, description, description_zh)");
                }
            }
        }
        String like = """
                SELECT id, title, (SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED' AND (title LIKE ? OR title_zh LIKE ? OR summary LIKE ?
                    OR description LIKE ? OR description_zh LIKE ?)) AS total
                FROM listing WHERE status = 'PUBLISHED' AND (title LIKE ? OR title_zh LIKE ? OR summary LIKE ? OR description LIKE ? OR description_zh LIKE ?)
                ORDER BY published_at DESC LIMIT 20""";
        String fulltext = """
                SELECT id, title, (SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED'
                    AND MATCH (title, title_zh, summary, description, description_zh) AGAINST (? IN NATURAL LANGUAGE MODE)) AS total
                FROM listing WHERE status = 'PUBLISHED' AND MATCH (title, title_zh, summary, description, description_zh) AGAINST (? IN NATURAL LANGUAGE MODE)
                LIMIT 20""";
        int[] chineseHits = new int[2];
        Latencies likes = Latencies.measure(texts.size(), 1, i -> {
            int hits = query(dataSource, like, 10, "%" + texts.get(i) + "%");
            if (i == 1) {
                chineseHits[0] = hits;
            }
        });
        Latencies fulltexts = Latencies.measure(texts.size(), 1, i -> {
            int hits = query(dataSource, fulltext, 2, texts.get(i));
            if (i == 1) {
                chineseHits[1] = hits;
            }
        });
        line("## The baseline a search engine replaces: MySQL (MariaDB) on the same data");
        line("");
        line("%d of the same kind of queries, newest 20 plus the total, no facets, concurrency 1.", texts.size());
        line("");
        line("| query | p50 | p99 | mean | hits for the Chinese query \"%s\" |", texts.get(1));
        line("| --- | ---: | ---: | ---: | ---: |");
        line("| `LIKE '%%…%%'` over five text columns | %.1f ms | %.1f ms | %.1f ms | %d |", likes.percentileMillis(50), likes.percentileMillis(99),
                likes.meanMillis(), chineseHits[0]);
        line("| `MATCH … AGAINST` (InnoDB FULLTEXT) | %.1f ms | %.1f ms | %.1f ms | %d |", fulltexts.percentileMillis(50),
                fulltexts.percentileMillis(99), fulltexts.meanMillis(), chineseHits[1]);
        line("");
        line("Neither gives relevance ranking across both languages, facet counts or highlights; InnoDB FULLTEXT's default parser "
                + "does not split Chinese text into words, so a Chinese query finds only whole space-separated tokens.");
        line("");
    }

    private static long[] counts(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long[] counts = new long[2];
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED'")) {
                r.next();
                counts[0] = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM need WHERE status = 'OPEN'")) {
                r.next();
                counts[1] = r.getLong(1);
            }
            return counts;
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int query(DataSource dataSource, String sql, int parameters, String value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                p.setString(i, value);
            }
            int total = 0;
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    total = r.getInt("total");
                }
            }
            return total;
        }
    }

    private void matching(ApplicationContext context) throws Exception {
        MatchingService matching = context.getBean(MatchingService.class);
        NeedRepository needRepository = context.getBean(NeedRepository.class);
        List<Long> open = new ArrayList<>();
        for (List<Long> page = needRepository.openIdsAfter(0, 10_000); !page.isEmpty(); page = needRepository.openIdsAfter(page.get(page.size() - 1), 10_000)) {
            open.addAll(page);
        }
        List<Long> sample = new ArrayList<>();
        for (int i = 0; i < Math.min(200, open.size()); i++) {
            sample.add(open.get((int) ((long) i * open.size() / Math.min(200, open.size()))));
        }
        out.println("Matching one need at a time…");
        Latencies.measure(Math.min(20, sample.size()), 1, i -> matching.refresh(sample.get(i)));
        Latencies one = Latencies.measure(sample.size(), 1, i -> matching.refresh(sample.get(i)));
        dev.bridgehead.marketplace.matching.CandidateSource candidates = context.getBean(dev.bridgehead.marketplace.matching.CandidateSource.class);
        Latencies candidateTimes = Latencies.measure(sample.size(), 1, i -> {
            var need = needRepository.findById(sample.get(i)).orElseThrow();
            var seeker = context.getBean(dev.bridgehead.marketplace.organization.OrganizationRepository.class).findById(need.organizationId()).orElseThrow();
            candidates.candidates(need, MatchingService.partnerSide(need, seeker.jurisdiction()), MatchingService.CANDIDATES);
        });
        int cores = Runtime.getRuntime().availableProcessors();
        out.println("Matching every need again on " + cores + " threads…");
        long started = System.nanoTime();
        Latencies.measure(open.size(), cores, i -> {
            matching.refresh(open.get(i));
            if (i % 500 == 0) {
                progress("Re-matching", i, open.size());
            }
        });
        double all = seconds(started);
        out.println();

        out.println("The naive way: every need against every listing…");
        ListingRepository listingRepository = context.getBean(ListingRepository.class);
        List<Listing> published = new ArrayList<>();
        long afterId = 0;
        for (List<Listing> page = listingRepository.findByStatusAndIdGreaterThanOrderById(ListingStatus.PUBLISHED, afterId, Pageable.from(0, 5_000));
             !page.isEmpty(); page = listingRepository.findByStatusAndIdGreaterThanOrderById(ListingStatus.PUBLISHED, afterId, Pageable.from(0, 5_000))) {
            published.addAll(page);
            afterId = page.get(page.size() - 1).id();
        }
        int naiveSample = Math.min(5, sample.size());
        Latencies naive = Latencies.measure(naiveSample, 1, i -> matching.naiveSuggestions(sample.get(i), published));

        line("## Matching %,d needs against %,d listings", open.size(), published.size());
        line("");
        line("| what | figure |");
        line("| --- | ---: |");
        line("| one need (candidates from Elasticsearch, requirements, verdicts, stored): p50 over %d needs | %.1f ms |", sample.size(),
                one.percentileMillis(50));
        line("| one need: p99 | %.1f ms |", one.percentileMillis(99));
        line("| of which reading the need and asking Elasticsearch for candidates: p50 | %.1f ms |", candidateTimes.percentileMillis(50));
        line("| re-match every need (%d threads) | %.0f s (%.0f needs/s) |", cores, all, open.size() / all);
        line("| naive: one need against every listing through the same requirements and rules (mean of %d) | %.0f ms |", naiveSample,
                naive.meanMillis());
        line("| naive: every need, estimated (mean × needs ÷ %d threads) | %.0f min |", cores, naive.meanMillis() * open.size() / cores / 60_000);
        line("");
    }

    /** Organisations whose re-assessment is timed: those with the most open matches. */
    static final int REASSESSED_ORGANIZATIONS = 10;

    /**
     * Re-assessment after one organisation's checked facts change: for each of the organisations
     * with the most open matches, staff revoke one of its verified mechanisms and its open matches
     * are assessed again (timed, in one transaction as the refresher runs it); then staff verify it
     * again and they are assessed once more.
     */
    private void reassessment(ApplicationContext context, DataSource dataSource) throws Exception {
        var reassessment = context.getBean(dev.bridgehead.marketplace.curation.Reassessment.class);
        var compliance = context.getBean(dev.bridgehead.marketplace.organization.ComplianceProfileService.class);
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<Connection> transactions = context.getBean(io.micronaut.transaction.TransactionOperations.class);
        var staff = staff(context, "bench-reassessment-");
        List<long[]> busiest = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT organization_id, COUNT(*) FROM (
                       SELECT need_organization_id AS organization_id FROM partner_match WHERE status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS')
                       UNION ALL
                       SELECT listing_organization_id FROM partner_match WHERE status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS')) open_matches
                     GROUP BY organization_id ORDER BY COUNT(*) DESC LIMIT 40""")) {
            while (rows.next()) {
                busiest.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
        }
        out.println("Re-assessing the open matches of the organisations with the most of them…");
        List<Double> revoked = new ArrayList<>();
        List<Double> restored = new ArrayList<>();
        long matchesSeen = 0;
        long changed = 0;
        int measured = 0;
        for (long[] organization : busiest) {
            if (measured == REASSESSED_ORGANIZATIONS) {
                break;
            }
            long id = organization[0];
            var profile = compliance.profile(staff, id);
            var entry = profile.mechanisms().stream().filter(m -> m.status() == dev.bridgehead.marketplace.organization.EvidenceStatus.VERIFIED)
                    .findFirst().orElse(null);
            if (entry == null) {
                continue;
            }
            var rejected = compliance.decideEvidence(staff, id, "mechanisms", entry.code().name(),
                    new dev.bridgehead.marketplace.organization.ComplianceProfileService.EvidenceDecision("REJECTED", "benchmark: revoked", profile.version()));
            long started = System.nanoTime();
            int changedNow = transactions.executeWrite(status -> reassessment.reassess(id));
            revoked.add(seconds(started));
            compliance.decideEvidence(staff, id, "mechanisms", entry.code().name(),
                    new dev.bridgehead.marketplace.organization.ComplianceProfileService.EvidenceDecision("VERIFIED", "benchmark: restored", rejected.version()));
            started = System.nanoTime();
            transactions.executeWrite(status -> reassessment.reassess(id));
            restored.add(seconds(started));
            matchesSeen += organization[1];
            changed += changedNow;
            measured++;
            out.printf("  organisation %d: %,d open matches, %d verdicts changed, %.2f s / %.2f s%n", id, organization[1], changedNow,
                    revoked.get(revoked.size() - 1), restored.get(restored.size() - 1));
        }
        // The decisions above queued refreshes for the refresher, which the benchmark does not run.
        execute(dataSource, "DELETE FROM match_refresh");
        line("## Re-assessment after one organisation's checked facts change");
        line("");
        line("For each of the %d organisations with the most open matches (suggested, approved, introduced, in talks) that hold a verified "
                + "mechanism: staff revoke it, and its open matches are assessed again (timed, in one transaction, as the matching refresher runs "
                + "it); then staff verify it again and they are assessed once more.", measured);
        line("");
        line("| what | figure |");
        line("| --- | ---: |");
        line("| open matches per organisation (mean; the largest) | %,d; %,d |", measured == 0 ? 0 : matchesSeen / measured,
                busiest.isEmpty() ? 0 : busiest.get(0)[1]);
        line("| verdicts changed by the revocation (all organisations) | %,d |", changed);
        line("| re-assessment after the revocation: p50 (max) | %.2f s (%.2f s) |", median(revoked), revoked.stream().mapToDouble(d -> d).max().orElse(0));
        line("| re-assessment after the new verification: p50 (max) | %.2f s (%.2f s) |", median(restored),
                restored.stream().mapToDouble(d -> d).max().orElse(0));
        line("");
    }

    /**
     * A negative list switched off and on again: every open need of a Chinese exporter that sends data
     * abroad names one of the list's scenarios, staff switch the list, and the re-assessments it queues
     * are drained as the matching refresher drains them (batches of its size, one transaction each, on
     * one node), timed from the switch to the last verdict stored.
     */
    /**
     * The relevance set among the benchmark's listings: its 87 listings and 17 needs loaded once
     * through the services (their ids kept in the data directory), then its searches and needs run
     * each way of crossing the language border; and the translation step timed on its own.
     */
    private void relevance(ApplicationContext context, StackSettings settings) throws Exception {
        RelevanceSet set = RelevanceSet.shipped();
        Path ids = settings.dataDirectory().resolve("relevance-set-ids.tsv");
        RelevanceRun run;
        if (Files.exists(ids)) {
            Map<Long, String> keys = new HashMap<>();
            Map<String, dev.bridgehead.marketplace.need.Need> needs = new java.util.LinkedHashMap<>();
            NeedRepository needRepository = context.getBean(NeedRepository.class);
            for (String row : Files.readAllLines(ids)) {
                String[] columns = row.split("\t");
                if (columns[0].equals("listing")) {
                    keys.put(Long.valueOf(columns[2]), columns[1]);
                } else {
                    needs.put(columns[1], needRepository.findById(Long.valueOf(columns[2])).orElseThrow());
                }
            }
            run = RelevanceRun.loaded(set, keys, needs);
        } else {
            out.println("Loading the relevance set into the benchmark marketplace…");
            run = new MarketplaceLoader(context).loadRelevanceSet(set);
            List<String> rows = new ArrayList<>();
            run.listingKeys().forEach((id, key) -> rows.add("listing\t" + key + "\t" + id));
            run.needs().forEach((key, need) -> rows.add("need\t" + key + "\t" + need.id()));
            Files.write(ids, rows);
            OutboxRepository outbox = context.getBean(OutboxRepository.class);
            while (outbox.count() > 0) {
                Thread.sleep(200);
            }
        }
        ListingSearch search = context.getBean(ListingSearch.class);
        search.refresh();
        SearchCandidates candidates = context.getBean(SearchCandidates.class);
        line("## Relevance across the language border, among %,d listings", context.getBean(IndexFeed.class).countPublished());
        line("");
        line("The relevance set of `search/src/main/resources/relevance/relevance-set.json` (%d listings, %d searches of which %d cross-language, "
                + "%d needs) loaded into the benchmark marketplace through the services, so that each query's answers compete with every "
                + "generated listing; the figures over the first 10 results. The test suite's `RelevanceIT` runs the same set alone.",
                set.listings().size(), set.searches().size(), set.searches().stream().filter(RelevanceSet.SearchCase::crossLanguage).count(),
                set.needs().size());
        line("");
        line("| translating | cross-language MRR@10 | cross-language answer in the first 10 | cross-language nDCG@10 | same-language nDCG@10 "
                + "| matching nDCG@10 |");
        line("| --- | ---: | ---: | ---: | ---: | ---: |");
        Figures both = null;
        for (Translating how : Translating.values()) {
            Figures f = run.measure(search, candidates, how);
            both = how == Translating.BOTH ? f : both;
            line("| %s | %.3f | %.0f%% | %.3f | %.3f | %.3f |", how, f.crossLanguageMrr(), 100 * f.crossLanguageFound(), f.crossLanguageNdcg(),
                    f.sameLanguageNdcg(), f.matchingNdcg());
        }
        line("");
        line("Where BOTH fell short (the first three results; `other:ID` is a generated listing, which the set does not grade):");
        line("");
        both.misses().forEach(miss -> line("- %s", miss));
        line("");
        Glossary glossary = context.getBean(TermBase.class).current();
        List<String> queries = new MarketplaceGenerator(SEED).queries(1_000);
        Latencies.measure(WARM_UP, 1, i -> glossary.translate(queries.get(i % queries.size())));
        long started = System.nanoTime();
        int rounds = 20_000;
        for (int i = 0; i < rounds; i++) {
            glossary.translate(queries.get(i % queries.size()));
        }
        double micros = (System.nanoTime() - started) / 1_000.0 / rounds;
        line("The translation step on its own (glossary and dictionary lookup of a query, the generator's queries, half English, half "
                + "Chinese): %.1f µs per query on average over %,d queries, in-process.", micros, rounds);
        line("");
    }

    /** A new staff account of the benchmark's own, its e-mail starting with {@code prefix}. */
    private static dev.bridgehead.marketplace.account.Actor staff(ApplicationContext context, String prefix) {
        return context.getBean(dev.bridgehead.marketplace.account.AccountService.class).createStaff(new dev.bridgehead.marketplace.account.Registration.NewUser(
                prefix + UUID.randomUUID() + "@bridgehead.example", MarketplaceLoader.PASSWORD, "Benchmark staff"),
                dev.bridgehead.marketplace.account.Role.STAFF).asActor();
    }

    private void listSwitch(ApplicationContext context, DataSource dataSource) throws Exception {
        var lists = context.getBean(dev.bridgehead.marketplace.negativelist.NegativeLists.class);
        var reassessment = context.getBean(dev.bridgehead.marketplace.curation.Reassessment.class);
        var refreshes = context.getBean(dev.bridgehead.marketplace.outbox.MatchRefreshRepository.class);
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<Connection> transactions = context.getBean(io.micronaut.transaction.TransactionOperations.class);
        var staff = staff(context, "bench-lists-");
        String code = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        lists.put(staff, code, new dev.bridgehead.marketplace.negativelist.ListInput(null, "Benchmark list", "基准测试清单", "SHANGHAI_FTZ_LINGANG",
                "benchmark", "2025-01-01", false, null, List.of(new dev.bridgehead.marketplace.negativelist.ListInput.ScenarioInput(code + "-S", "TRADE",
                        "Benchmark scenario", "基准场景", null)), List.of(), null, null));
        execute(dataSource, "DELETE FROM match_refresh");
        long named = update(dataSource, "UPDATE need n JOIN organization o ON o.id = n.organization_id SET n.list_scenario = '" + code
                + "-S', n.listed_items = '[]' WHERE o.jurisdiction = 'CN' AND n.direction IN ('CN_TO_SG', 'BOTH') AND n.status = 'OPEN'");
        long affected = count(dataSource, "SELECT COUNT(*) FROM partner_match m JOIN need n ON n.id = m.need_id WHERE n.list_scenario = '" + code
                + "-S' AND m.status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS')");
        long open = count(dataSource, "SELECT COUNT(*) FROM partner_match WHERE status IN ('SUGGESTED', 'APPROVED', 'INTRODUCED', 'IN_TALKS')");
        out.printf("Switching a negative list: %,d needs name its scenario, %,d of %,d open matches are affected…%n", named, affected, open);
        long[] changedOn = new long[1];
        double on = timedSwitch(() -> lists.setEnabled(staff, code, true, null, "benchmark"), refreshes, reassessment, transactions, changedOn);
        long[] changedOff = new long[1];
        double off = timedSwitch(() -> lists.setEnabled(staff, code, false, null, "benchmark"), refreshes, reassessment, transactions, changedOff);
        execute(dataSource, "UPDATE need SET list_scenario = NULL, listed_items = '[]' WHERE list_scenario = '" + code + "-S'");
        line("## Switching a negative list");
        line("");
        line("Every open need of a Chinese exporter that sends data abroad (%,d needs) names a scenario of a list, which staff switch on and "
                + "then off. The switch queues a re-assessment of each organisation with such a need and open matches; they are drained as the "
                + "matching refresher does (batches of 20 organisations, one transaction each, one node), and the time runs from the switch to "
                + "the last verdict stored. Matches of needs naming no scenario are not touched.", named);
        line("");
        line("| what | figure |");
        line("| --- | ---: |");
        line("| open matches (all; affected by the list) | %,d; %,d |", open, affected);
        line("| switched on: verdicts changed; time | %,d; %.1f s |", changedOn[0], on);
        line("| switched off: verdicts changed; time | %,d; %.1f s |", changedOff[0], off);
        line("");
    }

    private double timedSwitch(Runnable change, dev.bridgehead.marketplace.outbox.MatchRefreshRepository refreshes,
                               dev.bridgehead.marketplace.curation.Reassessment reassessment,
                               io.micronaut.transaction.TransactionOperations<Connection> transactions, long[] changed) {
        long started = System.nanoTime();
        change.run();
        while (true) {
            int taken = transactions.executeWrite(status -> {
                var due = refreshes.lockDue(java.time.Instant.now(), 20);
                due.stream().map(dev.bridgehead.marketplace.outbox.MatchRefresh::aggregateId).distinct()
                        .forEach(id -> changed[0] += reassessment.reassess(id));
                if (!due.isEmpty()) {
                    refreshes.deleteByIdIn(due.stream().map(dev.bridgehead.marketplace.outbox.MatchRefresh::id).toList());
                }
                return due.size();
            });
            if (taken == 0) {
                return seconds(started);
            }
        }
    }

    /** Matches the curation queue should stay fast with, as the issue asks. */
    static final int QUEUE_MATCHES = 100_000;

    /**
     * The staff queue at 100,000 matches: the API call the queue page makes, for each kind of
     * filter, and the plan MariaDB chose for exactly the SQL the application sent.
     */
    private void curation(EmbeddedServer server, DataSource dataSource) throws Exception {
        long fromMatching = count(dataSource, "SELECT COUNT(*) FROM partner_match");
        long synthetic = 0;
        if (fromMatching < QUEUE_MATCHES) {
            // Top up with pairs matching did not suggest, across the border, with spread scores, verdicts and ages.
            synthetic = update(dataSource, """
                    INSERT INTO partner_match (need_id, listing_id, need_organization_id, listing_organization_id, score, verdict, steps, reasons,
                                               rules, status, deal_value_cny, computed_at, created_at, updated_at, version)
                    SELECT n.id, l.id, n.organization_id, l.organization_id, (n.id * 7 + l.id * 13) % 100,
                           IF((n.id + l.id) % 3 = 0, 'NEEDS_STEPS', 'CLEAR'), '[]', '[]', '[]', 'SUGGESTED', NULL, NOW(6),
                           NOW(6) - INTERVAL ((n.id + l.id) % 120) DAY, NOW(6), 0
                      FROM need n JOIN listing l ON l.id % 97 = n.id % 97 AND l.status = 'PUBLISHED'
                      JOIN organization seeker ON seeker.id = n.organization_id JOIN organization provider ON provider.id = l.organization_id
                     WHERE seeker.jurisdiction <> provider.jurisdiction
                       AND NOT EXISTS (SELECT 1 FROM partner_match m WHERE m.need_id = n.id AND m.listing_id = l.id)
                     LIMIT """ + (QUEUE_MATCHES - fromMatching));
        }
        long total = count(dataSource, "SELECT COUNT(*) FROM partner_match");
        String base = server.getURL().toString();
        String token = send("POST", base + "/api/v1/auth/token", "{\"email\":\"bench-staff@bridgehead.example\",\"password\":\""
                + MarketplaceLoader.PASSWORD + "\"}", "application/json").replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("suggestions, best score first (the default)", "status=SUGGESTED");
        queries.put("one verdict", "status=SUGGESTED&verdict=NEEDS_STEPS");
        queries.put("the need's sector", "status=SUGGESTED&sector=FINANCE");
        queries.put("seeker in Singapore, score at least 50", "status=SUGGESTED&seekerJurisdiction=SG&minScore=50");
        queries.put("waiting at least 30 days, longest first", "status=SUGGESTED&minAgeDays=30&sort=OLDEST");
        queries.put("every filter at once", "status=SUGGESTED&sector=BIOMEDICINE&verdict=CLEAR&seekerJurisdiction=CN&providerJurisdiction=SG"
                + "&minScore=20&maxAgeDays=60");
        queries.put("page 100 of the default", "status=SUGGESTED&page=100");

        line("## The curation queue at %,d matches", total);
        line("");
        line((synthetic == 0 ? String.format(java.util.Locale.ROOT, "All %,d matches came from matching the needs above.", total)
                : String.format(java.util.Locale.ROOT, "%,d matches came from matching the needs above; %,d more were added as suggestions between "
                + "needs and listings across the border (scores, verdicts and ages spread by their ids), so that the queue holds %,d.", fromMatching,
                synthetic, total))
                + " Each figure is `GET /api/v1/matches` as staff, 50 a page with the total counted up to 1,001, the call the queue page makes; "
                + "200 calls after 20 warm-up calls, concurrency 1.");
        line("");
        line("| filter | p50 | p99 | total found |");
        line("| --- | ---: | ---: | ---: |");
        Map<String, String> totals = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String url = base + "/api/v1/matches?size=50&" + query.getValue();
            Latencies.measure(20, 1, i -> authorised(url, token));
            Latencies timed = Latencies.measure(200, 1, i -> authorised(url, token));
            String answer = authorised(url, token);
            totals.put(query.getKey(), answer.replaceAll("(?s).*?\"total\":(\\d+).*", "$1"));
            line("| %s | %.1f ms | %.1f ms | %s |", query.getKey(), timed.percentileMillis(50), timed.percentileMillis(99), totals.get(query.getKey()));
        }
        line("");
        line("The plans MariaDB chose, for the statements exactly as the application sent them (taken from the general log):");
        line("");
        execute(dataSource, "SET GLOBAL log_output = 'TABLE'");
        execute(dataSource, "TRUNCATE TABLE mysql.general_log");
        execute(dataSource, "SET GLOBAL general_log = 1");
        try {
            for (String query : List.of(queries.get("suggestions, best score first (the default)"), queries.get("one verdict"),
                    queries.get("every filter at once"))) {
                authorised(base + "/api/v1/matches?size=50&" + query, token);
            }
        } finally {
            execute(dataSource, "SET GLOBAL general_log = 0");
        }
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement();
             ResultSet logged = statement.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log "
                     + "WHERE command_type = 'Query' AND argument LIKE '%FROM partner_match m%' ORDER BY event_time")) {
            List<String> sent = new ArrayList<>();
            while (logged.next()) {
                sent.add(logged.getString(1));
            }
            for (String sql : sent) {
                line("```");
                line(sql.replaceAll("\\s+", " ").strip());
                line("```");
                line("");
                line("| table | type | key | rows | extra |");
                line("| --- | --- | --- | ---: | --- |");
                try (Statement explain = c.createStatement(); ResultSet plan = explain.executeQuery("EXPLAIN " + sql)) {
                    while (plan.next()) {
                        line("| %s | %s | %s | %s | %s |", plan.getString("table"), plan.getString("type"), plan.getString("key"), plan.getString("rows"),
                                plan.getString("Extra"));
                    }
                }
                line("");
            }
        }
    }

    private String authorised(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long update(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /**
     * Runs the calls from a separate JVM, so the client's work does not slow the server it measures:
     * each file warmed up, then the files in turns of {@code count / rounds} calls (see {@link LoadGenerator}).
     */
    private List<Latencies> load(int warmUp, int count, int concurrency, int rounds, Path... calls) throws IOException, InterruptedException {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBinary, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LoadGenerator.class.getName(), String.valueOf(warmUp), String.valueOf(count), String.valueOf(concurrency), String.valueOf(rounds)));
        for (Path file : calls) {
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (process.waitFor() != 0 || output.size() < 2 * calls.length) {
            throw new IllegalStateException("The load generator failed on " + List.of(calls));
        }
        List<Latencies> measured = new ArrayList<>();
        for (int i = 0; i < calls.length; i++) {
            List<Long> nanos = java.util.Arrays.stream(output.get(2 * i + 1).split(" ")).map(Long::valueOf).toList();
            measured.add(new Latencies(nanos, Long.parseLong(output.get(2 * i)), concurrency));
        }
        return measured;
    }

    /**
     * Calls the API in rounds of {@link #WARM_UP} until the JIT has compiled the request path: a round
     * in which compiling took under 2% of the round's time, or {@link #MAX_WARM_UP_ROUNDS} rounds. A
     * just-started JVM measures its compiler, not the server it will be a minute later.
     *
     * @return the calls made
     */
    private int warmUntilCompiled(Path calls) throws IOException, InterruptedException {
        java.lang.management.CompilationMXBean compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        int made = 0;
        for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
            long compiledBefore = compiler.getTotalCompilationTime();
            long started = System.nanoTime();
            load(0, WARM_UP, 4, 1, calls);
            made += WARM_UP;
            double compilingShare = (compiler.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - started) / 1e6);
            out.printf("Warm-up round %d: compiling took %.1f%% of it%n", round, 100 * compilingShare);
            if (compilingShare < 0.02) {
                break;
            }
        }
        return made;
    }

    private void row(int concurrency, String side, Latencies l) {
        line("| %d | %s | %.1f ms | %.1f ms | %.1f ms | %.0f |", concurrency, side, l.percentileMillis(50), l.percentileMillis(99), l.meanMillis(),
                l.perSecond());
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String send(String method, String url, String body, String type) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void progress(String what, long done, long total) {
        out.printf("\r%s: %,d/%,d", what, done, total);
    }

    private void line(String format, Object... arguments) {
        String text = arguments.length == 0 ? format : String.format(java.util.Locale.ROOT, format, arguments);
        report.append(text).append('\n');
        out.println(text);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String textOption(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
