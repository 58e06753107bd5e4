package dev.bridgehead.web.search;

import dev.bridgehead.search.query.SearchQuery.Facet;
import dev.bridgehead.search.query.SearchResult;
import dev.bridgehead.web.i18n.Language;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search page.
 *
 * @param result      null when the query was refused or search is unavailable
 * @param unavailable Elasticsearch could not answer
 */
public record SearchPage(PageContext context, String text, Map<Facet, List<String>> selected, String sort, @Nullable SearchResult result,
                         boolean unavailable, FormErrors errors) {

    /** The message-key prefix of each facet's codes, e.g. {@code sector} for {@code sector.FINANCE}. */
    public String codeKind(Facet facet) {
        return switch (facet) {
            case TYPE -> "listingType";
            case JURISDICTION -> "jurisdiction";
            case SECTOR -> "sector";
            case CATEGORY -> "dataCategory";
            case CERTIFICATION -> "certification";
            case DELIVERY -> "deliveryMode";
            case DIRECTION -> "direction";
        };
    }

    public List<Facet> facets() {
        return List.of(Facet.values());
    }

    public boolean isSelected(Facet facet, String value) {
        return selected.getOrDefault(facet, List.of()).contains(value);
    }

    /** The facet's values with their counts, and every chosen value even when nothing has it now, so it can be unticked. */
    public List<SearchResult.FacetCount> counts(Facet facet) {
        List<SearchResult.FacetCount> counts = new java.util.ArrayList<>(result == null ? List.of() : result.facets().getOrDefault(facet, List.of()));
        for (String chosen : selected.getOrDefault(facet, List.of())) {
            if (counts.stream().noneMatch(c -> c.value().equals(chosen))) {
                counts.add(new SearchResult.FacetCount(chosen, 0));
            }
        }
        return counts;
    }

    public String title(SearchResult.Hit hit) {
        return context.inLanguage(hit.title(), hit.titleZh());
    }

    /** The highlighted title when the match is in it: fragments Elasticsearch escaped, with only its {@code <em>} added. */
    public String highlightedTitle(SearchResult.Hit hit) {
        String field = context.language() == Language.ZH && hit.titleZh() != null ? "titleZh" : "title";
        List<String> fragments = hit.highlights().get(field);
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }

    /** A snippet of the text that matched, outside the title. */
    public String snippet(SearchResult.Hit hit) {
        for (String field : List.of("summary", "description", "descriptionZh", "titleZh", "title")) {
            List<String> fragments = hit.highlights().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return String.join(" … ", fragments);
            }
        }
        return null;
    }

    public String organizationName(SearchResult.OrganizationHit organization) {
        return context.inLanguage(organization.name(), organization.nameZh());
    }

    public String organizationName(SearchResult.Hit hit) {
        return context.inLanguage(hit.organizationName(), hit.organizationNameZh());
    }

    public int pages() {
        return result == null ? 0 : (int) Math.min(10_000 / Math.max(1, result.size()), (result.total() + result.size() - 1) / result.size());
    }

    /** This search's address at another page: every filter stays in the query string, so the URL can be shared. */
    public String pageLink(int page) {
        List<String> parameters = new ArrayList<>();
        if (!text.isEmpty()) {
            parameters.add("q=" + encode(text));
        }
        selected.forEach((facet, values) -> values.forEach(value -> parameters.add(facet.parameter() + "=" + encode(value))));
        if (!"relevance".equals(sort)) {
            parameters.add("sort=" + encode(sort));
        }
        if (page > 1) {
            parameters.add("page=" + page);
        }
        return "/search" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
