package dev.bridgehead.web.demo;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The demo data's building blocks, as written in {@code demo/catalogue.json}. */
@Serdeable
record Catalogue(List<List<String>> cnPlaces, List<List<String>> sgPlaces, List<SectorBlock> sectors) {

    @Serdeable
    record SectorBlock(String code, List<List<String>> firmWords, List<ListingTemplate> listings, List<ScenarioTemplate> scenarios) {
    }

    @Serdeable
    record ListingTemplate(String type, String title, String titleZh, String summary, List<String> categories, List<String> delivery,
                           List<String> tags, String price) {
    }

    @Serdeable
    record ScenarioTemplate(String title, String titleZh, String direction, List<String> categories, String cn, String sg, String path) {
    }
}
