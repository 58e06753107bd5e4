package dev.bridgehead.web.demo;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The demo data's building blocks, as written in {@code demo/catalogue.json}. */
@Serdeable
record Catalogue(List<List<String>> cnPlaces, List<List<String>> sgPlaces, List<SectorBlock> sectors) {

    static Catalogue read(ResourceResolver resources, ObjectMapper json) {
        try (InputStream in = resources.getResourceAsStream("classpath:demo/catalogue.json")
                .orElseThrow(() -> new IllegalStateException("demo/catalogue.json is missing"))) {
            return json.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
