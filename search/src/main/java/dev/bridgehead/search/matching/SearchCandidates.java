package dev.bridgehead.search.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.matching.Candidate;
import dev.bridgehead.marketplace.matching.CandidateSource;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.search.index.ListingIndex;
import dev.bridgehead.search.language.Crossings;
import dev.bridgehead.search.language.Glossary;
import dev.bridgehead.search.language.TermBase;
import dev.bridgehead.search.query.Translating;
import io.micronaut.context.annotation.Value;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.SearchUnavailable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidates for a need from the listings index: filtered to the partner's jurisdiction and to
 * listings that support each direction of the need; ranked by the need's text in both languages
 * (words and Chinese character pairs), shared sectors, tags and scenarios. A listing must share at
 * least one of these with the need, so a Chinese need finds an English listing through its sectors
 * and tags even when no word is shared.
 */
@Singleton
public class SearchCandidates implements CandidateSource {

    /** The need's title and the start of its description: longer texts cost more than they add. */
    static final int MAX_TEXT = 300;
    static final int MAX_TERMS = 8;
    /** Short fields only: highlighting long descriptions for every candidate would cost more than the search itself. */
    private static final List<String> HIGHLIGHTED = List.of("title", "titleZh", "tags");

    private final ElasticsearchClient client;
    private final ListingIndex index;
    private final TermBase terms;
    private final Translating translating;

    SearchCandidates(ElasticsearchClient client, ListingIndex index, TermBase terms,
                     @Value("${bridgehead.search.translating:BOTH}") Translating translating) {
        this.client = client;
        this.index = index;
        this.terms = terms;
        this.translating = translating;
    }

    @Override
    public List<Candidate> candidates(Need need, Jurisdiction partnerSide, int limit) {
        return candidates(need, partnerSide, limit, translating);
    }

    /** Candidates found crossing the language border as {@code how} says (the relevance set compares the ways). */
    public List<Candidate> candidates(Need need, Jurisdiction partnerSide, int limit, Translating how) {
        Glossary.Translation translation = how.translatesQuery() ? terms.current().translate(meaningful(text(need))) : Glossary.Translation.NONE;
        try {
            // Ordered by score alone, no total: Elasticsearch can then skip documents that cannot reach the top (equal
            // scores keep the index's own order, the same for the same index).
            SearchResponse<Void> response = client.search(s -> s.index(index.alias())
                    .query(q -> q.bool(b -> query(b, need, partnerSide, translation, how)))
                    .size(limit)
                    .source(src -> src.fetch(false))
                    .trackTotalHits(t -> t.enabled(false))
                    .highlight(h -> {
                        h.preTags("<em>").postTags("</em>").numberOfFragments(0).requireFieldMatch(false);
                        HIGHLIGHTED.forEach(field -> h.fields(field, f -> f));
                        if (how.searchesTranslatedFields()) {
                            h.fields("translated", f -> f);
                        }
                        return h;
                    }), Void.class);
            List<Candidate> candidates = new ArrayList<>();
            for (Hit<Void> hit : response.hits().hits()) {
                candidates.add(new Candidate(Long.valueOf(hit.id()), hit.score() == null ? 0 : hit.score(),
                        bridged(terms(hit.highlight()), translation, crossedBack(hit.highlight()))));
            }
            return candidates;
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw new SearchUnavailable(e);
        }
    }

    private static BoolQuery.Builder query(BoolQuery.Builder b, Need need, Jurisdiction partnerSide, Glossary.Translation translation,
                                           Translating how) {
        b.filter(f -> f.term(t -> t.field("jurisdiction").value(partnerSide.name())));
        for (Direction way : need.direction().oneWay()) {
            b.filter(f -> f.term(t -> t.field("directions").value(way.name())));
        }
        String text = meaningful(text(need));
        String words = han(text, false);
        String chinese = han(text, true);
        // The need's words in the other language, which weigh less than its own: a Chinese need reaches English-only listings.
        // Each word or phrase of the need counts once whichever language the listing has it in: its own form or its translation.
        List<Glossary.Unit> units = translation.units().stream()
                .filter(unit -> !EMPTY_WORDS.contains(unit.text()) && !unit.translations().isEmpty()).limit(MAX_UNITS).toList();
        if (!units.isEmpty()) {
            b.should(s -> s.bool(u -> {
                for (Glossary.Unit unit : units) {
                    List<co.elastic.clients.elasticsearch._types.query_dsl.Query> forms = new ArrayList<>();
                    forms.add(phrase(unit.text(), 1f));
                    unit.translations().stream().filter(t -> !EMPTY_WORDS.contains(t)).forEach(t -> forms.add(phrase(t, TRANSLATED_WEIGHT)));
                    u.should(q -> q.disMax(d -> d.queries(forms)));
                }
                return u;
            }));
        }
        // English words against the word fields; Chinese against the character-pair fields only, where a pair is a word
        // (one character alone matches nearly everything and costs more than it tells).
        if (words.chars().anyMatch(Character::isLetterOrDigit)) {
            b.should(s -> s.multiMatch(m -> m.query(words).fields(textFields()).type(TextQueryType.BestFields).operator(Operator.Or)
                    .minimumShouldMatch("30%")));
        }
        if (!chinese.isBlank()) {
            b.should(s -> s.multiMatch(m -> m.query(chinese).fields(bigramFields()).type(TextQueryType.MostFields).minimumShouldMatch("30%")));
        }
        // The listings' own other-language words (index-time translation), against the need's words as written.
        if (how.searchesTranslatedFields()) {
            if (words.chars().anyMatch(Character::isLetterOrDigit)) {
                b.should(s -> s.match(m -> m.field("translated").query(words).minimumShouldMatch("30%").boost(TRANSLATED_WEIGHT)));
            }
            if (!chinese.isBlank()) {
                b.should(s -> s.match(m -> m.field("translated.bigrams").query(chinese).minimumShouldMatch("30%").boost(TRANSLATED_WEIGHT)));
            }
        }
        need.sectors().forEach(sector -> b.should(s -> s.term(t -> t.field("sectors").value(sector.name()).boost(2f))));
        if (!need.tags().isEmpty()) {
            String tags = String.join(" ", need.tags());
            b.should(s -> s.match(m -> m.field("tags").query(tags).boost(2f)));
            b.should(s -> s.match(m -> m.field("tags.bigrams").query(tags).boost(2f)));
        }
        if (!need.scenarioIds().isEmpty()) {
            b.should(s -> s.terms(t -> t.field("scenarioIds").boost(4f)
                    .terms(v -> v.value(need.scenarioIds().stream().map(id -> FieldValue.of(id.toString())).toList()))));
        }
        return b.minimumShouldMatch("1");
    }

    private static String text(Need need) {
        String text = need.title() + (need.description() == null ? "" : "\n" + need.description());
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static List<String> textFields() {
        return ListingSearch.textFields();
    }

    private static List<String> bigramFields() {
        return ListingSearch.bigramFields();
    }

    /** What the other language's words of a need weigh against its own. */
    static final float TRANSLATED_WEIGHT = 0.9f;
    /** The need's words and phrases looked up in either language, at most. */
    static final int MAX_UNITS = 24;

    /**
     * A word or phrase of the need in one language, all its words required: Chinese against the
     * character-pair fields (a word's pairs all present), English against the word fields. No phrase
     * query: positions would cost more than word order tells in a need.
     */
    private static co.elastic.clients.elasticsearch._types.query_dsl.Query phrase(String text, float boost) {
        List<String> fields = Glossary.isChinese(text) ? CHINESE_UNIT_FIELDS : ENGLISH_UNIT_FIELDS;
        return co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields)
                .type(TextQueryType.BestFields).operator(Operator.And).boost(boost)));
    }

    /** Where a need's English word is looked for: the listing's own short texts and description. */
    static final List<String> ENGLISH_UNIT_FIELDS = List.of("title^3", "summary^1.5", "tags^2", "description");
    /** Where a need's Chinese word is looked for: the character pairs of the Chinese texts. */
    static final List<String> CHINESE_UNIT_FIELDS = List.of("title.bigrams^3", "titleZh.bigrams^3", "tags.bigrams^2", "descriptionZh.bigrams");

    /**
     * Words every listing here uses, which say nothing about fit: they neither count as shared terms nor
     * take part in finding candidates.
     */
    static final Set<String> EMPTY_WORDS = Set.of("data", "数据", "service", "services", "服务", "platform", "平台", "solution", "solutions",
            "解决方案", "system", "系统", "provider", "提供", "partner", "合作伙伴", "伙伴", "合作", "we", "our", "for", "with", "and", "the", "from",
            "looking", "寻找", "我们", "希望", "用于", "获取", "业务", "lingang", "临港", "singapore", "新加坡");

    /**
     * The text without the English words that say nothing about fit. Chinese ones stay: cut out of a
     * text without spaces they would break words (数据 in 数据中心), and being everywhere they weigh little.
     */
    static String meaningful(String text) {
        return EMPTY_ENGLISH.matcher(text).replaceAll(" ");
    }

    private static final Pattern EMPTY_ENGLISH = Pattern.compile("(?i)\\b(" + String.join("|", EMPTY_WORDS.stream()
            .filter(word -> word.chars().allMatch(c -> c < 128)).sorted().toList()) + ")\\b");

    /**
     * The shared terms without empty words; the words a translation reached (highlighted one by one, as
     * "flight" and "delay") become the bridge they came through, shown as {@code 航班延误 ↔ flight delay}.
     */
    static List<String> bridged(List<String> terms, Glossary.Translation translation, List<String> crossedBack) {
        List<String> left = new ArrayList<>(terms.stream().filter(term -> !EMPTY_WORDS.contains(term)).toList());
        List<String> shown = new ArrayList<>();
        for (Glossary.Bridge bridge : translation.bridges()) {
            List<String> words = List.of(bridge.to().toLowerCase(Locale.ROOT).split(" "));
            boolean whole = left.contains(bridge.to().toLowerCase(Locale.ROOT));
            if (whole || left.containsAll(words)) {
                left.remove(bridge.to().toLowerCase(Locale.ROOT));
                left.removeAll(words);
                if (!shown.contains(bridge.toString())) {
                    shown.add(bridge.toString());
                }
            }
        }
        shown.addAll(left);
        crossedBack.stream().filter(word -> !EMPTY_WORDS.contains(word) && !shown.contains(word)).forEach(shown::add);
        return List.copyOf(shown.subList(0, Math.min(shown.size(), MAX_TERMS)));
    }

    /** The words of a listing's indexed translation the need matched (its own language's words reached the other's). */
    private List<String> crossedBack(Map<String, List<String>> highlight) {
        List<String> words = Crossings.emphasised(highlight, List.of("translated"), MAX_TERMS);
        if (words.isEmpty()) {
            return words;
        }
        Glossary glossary = terms.current();
        List<String> crossed = new ArrayList<>();
        for (String word : words) {
            glossary.translate(word).bridges().stream().findFirst().ifPresent(back -> crossed.add(back.to() + " ↔ " + word));
        }
        return crossed;
    }

    /** The Chinese (Han) runs of the text, or everything else, the other part blanked out. */
    static String han(String text, boolean keepHan) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            kept.appendCodePoint(isHan == keepHan ? c : ' ');
        });
        return kept.toString().replaceAll("\\s+", " ").strip();
    }

    /** The highlighted words of the short fields (see {@link Crossings#emphasised}). */
    static List<String> terms(Map<String, List<String>> highlight) {
        return Crossings.emphasised(highlight, HIGHLIGHTED, MAX_TERMS);
    }
}
