package dev.bridgehead.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import dev.bridgehead.search.index.ListingDocument;
import dev.bridgehead.search.index.ListingIndex;
import dev.bridgehead.search.language.Crossings;
import dev.bridgehead.search.language.Glossary;
import dev.bridgehead.search.language.TermBase;
import dev.bridgehead.search.readers.SearchLog;
import io.micronaut.context.annotation.Value;
import dev.bridgehead.search.query.SearchQuery.Facet;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Searches published listings. Free text goes into {@code multi_match} queries only (never a
 * query string), over the English and Chinese fields and their character-bigram subfields, so a
 * Chinese word matches as a word. Facet counts leave out their own facet's filter, so choices
 * within a facet stay visible as alternatives.
 */
@Singleton
public class ListingSearch {

    static final List<String> TEXT_FIELDS = List.of("title^3", "titleZh^3", "summary^1.5", "description", "descriptionZh", "tags^2",
            "organizationName^1.5", "organizationNameZh^1.5", "scenarioTitles");
    static final List<String> BIGRAM_FIELDS = List.of("title.bigrams^3", "titleZh.bigrams^3", "descriptionZh.bigrams", "tags.bigrams^2",
            "organizationNameZh.bigrams", "scenarioTitles.bigrams");
    /** A listing's other-language words (index-time translation), weighed below its own. */
    static final List<String> TRANSLATED_FIELDS = List.of("translated^" + ListingSearch.TRANSLATED_FIELD_WEIGHT);
    /** Where a query's word is looked for in either language: the listing's own short texts and descriptions. */
    static final List<String> CROSSING_PHRASE_FIELDS = List.of("title^3", "titleZh^3", "summary^1.5", "tags^2", "description", "descriptionZh");
    static final int MAX_UNITS = 24;
    /** How many crossings a result shows at most. */
    static final int MAX_CROSSED = 4;
    static final int MAX_TRANSLATIONS = 2;
    static final float TRANSLATED_FIELD_WEIGHT = 0.5f;
    static final List<String> HIGHLIGHTED = List.of("title", "titleZh", "summary", "description", "descriptionZh");
    static final int FACET_VALUES = 50;
    /** What a result shows: the rest of each document (descriptions above all) is neither sent nor parsed. */
    static final List<String> SHOWN = List.of("id", "type", "title", "titleZh", "summary", "organizationId", "organizationName",
            "organizationNameZh", "jurisdiction", "sectors", "dataCategories");
    static final String ORGANIZATIONS = "organizations";
    static final int ORGANIZATIONS_SHOWN = 5;

    private final TermBase terms;
    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient asyncClient;
    private final ListingIndex index;
    private final Translating translating;
    private final SearchLog log;
    private final SearchCalls calls;

    public ListingSearch(ElasticsearchClient client, ElasticsearchAsyncClient asyncClient, ListingIndex index, TermBase terms,
                         @Value("${bridgehead.search.translating:BOTH}") Translating translating, SearchLog log, SearchCalls calls) {
        this.calls = calls;
        this.terms = terms;
        this.log = log;
        this.client = client;
        this.asyncClient = asyncClient;
        this.index = index;
        this.translating = translating;
    }

    /** The text fields a free-text query searches, with their boosts. */
    public static List<String> textFields() {
        return TEXT_FIELDS;
    }

    /** The character-bigram fields that make Chinese words match as words. */
    public static List<String> bigramFields() {
        return BIGRAM_FIELDS;
    }

    /** The request a search sends to Elasticsearch (benchmarks replay it raw to measure what Bridgehead adds). */
    public SearchRequest request(SearchQuery query) {
        return request(query, translation(query, translating), translating);
    }

    private SearchRequest request(SearchQuery query, Glossary.Translation translation, Translating how) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(index.alias())
                .query(textQuery(query, translation, how))
                .postFilter(filters(query, null))
                .from((query.page() - 1) * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes(SHOWN)))
                .highlight(h -> {
                    h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").fragmentSize(160).numberOfFragments(2);
                    HIGHLIGHTED.forEach(field -> h.fields(field, f -> f));
                    if (how.searchesTranslatedFields()) {
                        h.fields("translated", f -> f.numberOfFragments(0));
                    }
                    return h;
                });
        if (query.sort() == SearchQuery.Sort.NEWEST || !query.hasText()) {
            request.sort(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
        }
        request.aggregations(ORGANIZATIONS, Aggregation.of(a -> a.filter(filters(query, null))
                .aggregations("ids", Aggregation.of(t -> t.terms(terms -> terms.field("organizationId").size(ORGANIZATIONS_SHOWN))
                        .aggregations("organization", Aggregation.of(h -> h.topHits(top -> top.size(1)
                                .source(s -> s.filter(f -> f.includes("organizationName", "organizationNameZh", "jurisdiction"))))))))));
        for (Facet facet : Facet.values()) {
            request.aggregations(facet.parameter(), Aggregation.of(a -> a.filter(filters(query, facet))
                    .aggregations("values", Aggregation.of(v -> v.terms(t -> t.field(facet.field()).size(FACET_VALUES))))));
        }
        return request.build();
    }

    /** The request as the JSON body of {@code POST <alias>/_search}. */
    public String requestJson(SearchQuery query) {
        return co.elastic.clients.json.JsonpUtils.toJsonString(request(query), client._jsonpMapper());
    }

    public SearchResult search(SearchQuery query) {
        log.record(query.text());
        return search(query, translating);
    }

    /** A search crossing the language border as {@code how} says (the relevance set compares the ways). */
    public SearchResult search(SearchQuery query, Translating how) {
        Glossary glossary = terms.current();
        Glossary.Translation translation = translation(query, how);
        SearchRequest request = request(query, translation, how);
        try {
            SearchResponse<ListingDocument> response = calls.await(() -> asyncClient.search(request, ListingDocument.class));
            return result(query, response, translation, glossary);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            return whenRefused(query, e);
        }
    }

    /**
     * The same search without holding a thread while Elasticsearch works: the answer is built on the
     * client's I/O thread when it arrives. Fails with {@link SearchUnavailable} as {@link #search} throws it.
     */
    public CompletableFuture<SearchResult> searchAsync(SearchQuery query) {
        log.record(query.text());
        Glossary glossary = terms.current();
        Glossary.Translation translation = translation(query, translating);
        SearchRequest request = request(query, translation, translating);
        return calls.call(() -> asyncClient.search(request, ListingDocument.class))
                .handle((response, failure) -> {
                    if (failure == null) {
                        return result(query, response, translation, glossary);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    if (cause instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException refused) {
                        return whenRefused(query, refused);
                    }
                    throw cause instanceof SearchUnavailable unavailable ? unavailable : new SearchUnavailable(cause);
                });
    }

    /** No index yet means nothing is published yet; any other refusal means search is unavailable. */
    private static SearchResult whenRefused(SearchQuery query, co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
        if (e.status() == 404 && "index_not_found_exception".equals(e.error().type())) {
            return new SearchResult(0, query.page(), query.size(), List.of(), new EnumMap<>(Facet.class), List.of(), List.of());
        }
        throw new SearchUnavailable(e);
    }

    /**
     * Up to ten completions of titles, organisation names and tags that start with {@code prefix},
     * and, when the glossary knows the prefix's words, of those that start with their translation
     * ({@code 港口} also completes to "Port congestion index"); the prefix's own language first.
     */
    public List<String> suggest(String prefix) {
        String cleaned = prefix == null ? "" : prefix.strip();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        Glossary.Translation translation = terms.current().translate(cleaned);
        String other = Glossary.isChinese(cleaned) ? translation.english() : translation.chinese();
        String translated = other.isBlank() ? null : other.split(" ")[0];
        try {
            SearchResponse<Void> response = calls.await(() -> asyncClient.search(s -> s.index(index.alias()).size(0).source(src -> src.fetch(false))
                    .suggest(g -> {
                        // Room for three completions in the other language when there are some.
                        int own = translated == null ? 10 : 7;
                        g.suggesters("names", f -> f.prefix(cleaned).completion(c -> c.field("suggest").size(own).skipDuplicates(true)));
                        if (translated != null) {
                            g.suggesters("translated", f -> f.prefix(translated).completion(c -> c.field("suggest").size(3).skipDuplicates(true)));
                        }
                        return g;
                    }), Void.class));
            List<String> completions = new ArrayList<>();
            for (String suggester : List.of("names", "translated")) {
                for (Suggestion<Void> suggestion : response.suggest().getOrDefault(suggester, List.of())) {
                    for (CompletionSuggestOption<Void> option : suggestion.completion().options()) {
                        completions.add(option.text());
                    }
                }
            }
            return completions.stream().distinct().limit(10).toList();
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw new SearchUnavailable(e);
        }
    }

    /** Makes every write so far visible to searches (tests and the consistency check; the node does it by itself within a second). */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(index.alias()).ignoreUnavailable(true).allowNoIndices(true));
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() != 404) {
                throw new SearchUnavailable(e);
            }
        }
    }

    /**
     * The words as typed, and (when the glossary or the dictionary knows some of them) the same
     * words crossing the border one by one: each word or phrase of the query matches in its own
     * language or as its translation, and most of them must match. That second part weighs less: a
     * listing written only in the other language is found, and one in the query's own language with
     * its exact words still ranks first.
     */
    private static Query textQuery(SearchQuery query, Glossary.Translation translation, Translating how) {
        if (!query.hasText()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<String> fields = how.searchesTranslatedFields() ? concat(TEXT_FIELDS, TRANSLATED_FIELDS) : TEXT_FIELDS;
        Query typed = words(query.text(), 1f, fields, BIGRAM_FIELDS);
        if (translation.isEmpty()) {
            return typed;
        }
        Query crossed = crossed(translation.units(), CROSSING_PHRASE_FIELDS, TRANSLATED_WEIGHT);
        return Query.of(q -> q.bool(b -> b.should(typed).should(crossed).minimumShouldMatch("1")));
    }

    /**
     * Each unit in either language (as a phrase, so that a Chinese word matches as a word); most units
     * must match. At most {@link #MAX_UNITS} distinct units with {@link #MAX_TRANSLATIONS} translations
     * each, so that a long query stays a bounded request.
     */
    static Query crossed(List<Glossary.Unit> units, List<String> fields, float boost) {
        List<Glossary.Unit> kept = units.stream().distinct().limit(MAX_UNITS).toList();
        return Query.of(q -> q.bool(b -> {
            for (Glossary.Unit unit : kept) {
                List<Query> forms = new ArrayList<>();
                forms.add(phrase(unit.text(), fields));
                unit.translations().stream().limit(MAX_TRANSLATIONS).forEach(translation -> forms.add(phrase(translation, fields)));
                b.should(s -> s.disMax(d -> d.queries(forms)));
            }
            return b.minimumShouldMatch("2<75%").boost(boost);
        }));
    }

    private static Query phrase(String text, List<String> fields) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields).type(TextQueryType.Phrase)));
    }

    private static Query words(String text, float boost, List<String> fields, List<String> bigramFields) {
        return Query.of(q -> q.bool(b -> b.boost(boost)
                .must(m -> m.multiMatch(mm -> mm.query(text).fields(fields).type(TextQueryType.BestFields)
                        .operator(Operator.Or).minimumShouldMatch("2<75%")))
                .should(s -> s.multiMatch(mm -> mm.query(text).fields(bigramFields).type(TextQueryType.MostFields).boost(2f)))));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** What the other language's words of a query weigh against the words as typed. */
    static final float TRANSLATED_WEIGHT = 0.15f;

    private Glossary.Translation translation(SearchQuery query, Translating how) {
        return query.hasText() && how.translatesQuery() ? terms.current().translate(query.text()) : Glossary.Translation.NONE;
    }

    /** The query's words the glossary translated, as {@code 港口 ↔ port}, for the page to say how a listing was found. */
    public List<Glossary.Bridge> bridges(SearchQuery query) {
        return translation(query, translating).bridges();
    }

    /** The filters of every facet but {@code except}. */
    private static Query filters(SearchQuery query, Facet except) {
        return Query.of(q -> q.bool(b -> {
            query.filters().forEach((facet, values) -> {
                if (facet != except) {
                    b.filter(f -> f.terms(t -> t.field(facet.field()).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
                }
            });
            return b;
        }));
    }

    private static SearchResult result(SearchQuery query, SearchResponse<ListingDocument> response, Glossary.Translation translation,
                                       Glossary glossary) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        response.hits().hits().forEach(hit -> {
            ListingDocument d = hit.source();
            if (d != null) {
                Map<String, List<String>> highlights = new LinkedHashMap<>(hit.highlight());
                List<String> crossed = crossed(highlights, translation, glossary);
                highlights.remove("translated");
                hits.add(new SearchResult.Hit(d.id(), d.type(), d.title(), d.titleZh(), d.summary(), d.organizationId(), d.organizationName(),
                        d.organizationNameZh(), d.jurisdiction(), d.sectors(), d.dataCategories(), highlights, crossed));
            }
        });
        List<String> bridges = translation.bridges().stream().map(Object::toString).distinct().toList();
        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            var filtered = response.aggregations().get(facet.parameter()).filter();
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket bucket : filtered.aggregations().get("values").sterms().buckets().array()) {
                counts.add(new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
            facets.put(facet, counts);
        }
        List<SearchResult.OrganizationHit> organizations = new ArrayList<>();
        if (query.hasText()) {
            for (StringTermsBucket bucket : response.aggregations().get(ORGANIZATIONS).filter().aggregations().get("ids").sterms().buckets().array()) {
                var top = bucket.aggregations().get("organization").topHits().hits().hits();
                if (!top.isEmpty() && top.get(0).source() != null) {
                    var source = top.get(0).source().to(Map.class);
                    organizations.add(new SearchResult.OrganizationHit(bucket.key().stringValue(), String.valueOf(source.get("organizationName")),
                            source.get("organizationNameZh") == null ? null : String.valueOf(source.get("organizationNameZh")),
                            String.valueOf(source.get("jurisdiction")), bucket.docCount()));
                }
            }
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, query.page(), query.size(), hits, facets, organizations, bridges);
    }

    /**
     * How a hit was reached across the language border, as {@code 港口拥堵 ↔ port congestion}: the query's
     * translated words the hit matched, and the words of its own indexed translation the query matched
     * (each shown with the listing's word it came from).
     */
    static List<String> crossed(Map<String, List<String>> highlights, Glossary.Translation translation, Glossary glossary) {
        List<String> crossed = new ArrayList<>();
        for (Glossary.Bridge bridge : Crossings.reached(Crossings.emphasised(highlights, List.of("title", "titleZh"), 20), translation)) {
            crossed.add(bridge.toString());
        }
        for (String word : Crossings.emphasised(highlights, List.of("translated"), 20)) {
            // A word the query's own translation already showed is not shown again from the listing's side.
            boolean shown = translation.bridges().stream().anyMatch(bridge -> bridge.to().toLowerCase(java.util.Locale.ROOT).contains(word)
                    || bridge.from().toLowerCase(java.util.Locale.ROOT).contains(word));
            for (Glossary.Bridge back : shown ? List.<Glossary.Bridge>of() : glossary.translate(word).bridges()) {
                String line = back.to() + " ↔ " + word;
                if (!crossed.contains(line) && !crossed.contains(word + " ↔ " + back.to())) {
                    crossed.add(line);
                }
            }
        }
        return List.copyOf(crossed.subList(0, Math.min(crossed.size(), MAX_CROSSED)));
    }
}
