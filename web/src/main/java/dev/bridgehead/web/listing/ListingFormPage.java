package dev.bridgehead.web.listing;

import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.listing.DeliveryMode;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.listing.ListingType;
import dev.bridgehead.marketplace.listing.PriceModel;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A new or existing listing's form.
 *
 * @param listing null for a new listing; a published one is revised, not changed in place
 */
public record ListingFormPage(PageContext context, @Nullable Listing listing, ListingForm form, FormErrors errors, List<Scenario> scenarios,
                              @Nullable Long missedReaders) {

    /** The language the listing lacks (en or zh); null for a new or bilingual listing. */
    public String missingLanguage() {
        return listing == null ? null : dev.bridgehead.search.readers.Glosses.missingLanguage(listing).orElse(null);
    }

    @Nullable
    public Long listingId() {
        return listing == null ? null : listing.id();
    }

    /** The form writes a revision for staff: the listing is live. */
    public boolean revisesPublished() {
        return listing != null && listing.status() == ListingStatus.PUBLISHED;
    }

    public String action() {
        return listing == null ? "/my/listings" : "/my/listings/" + listing.id();
    }

    public List<Option> types() {
        return Option.of(ListingType.class, "listingType", context, form.type());
    }

    public List<Option> sectors() {
        return Option.of(Sector.class, "sector", context, form.sectors());
    }

    public List<Option> categories() {
        return Option.of(DataCategory.class, "dataCategory", context, form.dataCategories());
    }

    /** Listings name each direction they support; "both" is for needs and scenarios. */
    public List<Option> directions() {
        return Option.of(dev.bridgehead.marketplace.compliance.Direction.class, "direction", context, form.directions()).stream()
                .filter(option -> !option.value().equals("BOTH")).toList();
    }

    public List<Option> deliveryModes() {
        return Option.of(DeliveryMode.class, "deliveryMode", context, form.deliveryModes());
    }

    public List<Option> priceModels() {
        return Option.of(PriceModel.class, "priceModel", context, form.priceModel());
    }

    public List<Option> scenarioOptions() {
        List<String> chosen = form.scenarioIds() == null ? List.of() : form.scenarioIds();
        return scenarios.stream().map(s -> new Option(s.id().toString(),
                context.inLanguage(s.title(), s.titleZh()),
                chosen.contains(s.id().toString()))).toList();
    }
}
