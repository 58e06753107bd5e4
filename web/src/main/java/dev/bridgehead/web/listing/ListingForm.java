package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingRevision;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;

/** The listing form; tags are typed comma-separated. */
@Serdeable
public record ListingForm(
        @Nullable String csrfToken,
        @Nullable String type,
        @Nullable String title,
        @Nullable String titleZh,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String descriptionZh,
        @Nullable List<String> sectors,
        @Nullable List<String> dataCategories,
        @Nullable List<String> directions,
        @Nullable List<String> deliveryModes,
        @Nullable String tags,
        @Nullable List<String> scenarioIds,
        @Nullable String priceModel,
        @Nullable Integer version) implements CsrfForm {

    static ListingForm empty() {
        return new ListingForm(null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null, null);
    }

    /** The listing as its organisation last wrote it: a pending or refused revision of a published one, else the listing itself. */
    static ListingForm of(Listing listing) {
        ListingRevision l = listing.latestWritten();
        return new ListingForm(null, l.type().name(), l.title(), l.titleZh(), l.summary(), l.description(), l.descriptionZh(), names(l.sectors()),
                names(l.dataCategories()), names(l.directions()), names(l.deliveryModes()), String.join(", ", l.tags()),
                l.scenarioIds().stream().map(String::valueOf).toList(), l.priceModel().name(), listing.version());
    }

    ListingForm atVersion(Integer current) {
        return new ListingForm(null, type, title, titleZh, summary, description, descriptionZh, sectors, dataCategories, directions, deliveryModes,
                tags, scenarioIds, priceModel, current);
    }

    ListingInput input() {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ListingInput(type, title, titleZh, summary, description, descriptionZh, orEmpty(sectors), orEmpty(dataCategories),
                orEmpty(directions), orEmpty(deliveryModes), tagList, orEmpty(scenarioIds), priceModel, version);
    }

    /** Errors on tags[3] belong to the one tags field. */
    static String fieldOf(String serviceField) {
        return serviceField.startsWith("tags[") ? "tags" : serviceField;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
