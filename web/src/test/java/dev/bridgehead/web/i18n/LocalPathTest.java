package dev.bridgehead.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalPathTest {

    @ParameterizedTest(name = "{0} returns to {1}")
    @CsvSource(delimiter = '|', value = {
            "/search?q=port|/search?q=port",
            "/search?q=clinical trial&jurisdiction=SG|/search?q=clinical%20trial&jurisdiction=SG",
            "/search?q=港口|/search?q=%E6%B8%AF%E5%8F%A3",
            "/search?q=50% off|/search?q=50%25%20off",
            "//evil.example/|/",
            "https://evil.example/|/",
            "/\\\\evil.example|/",
            "search|/",
    })
    void aReturnAddressStaysOnThisSiteAndIsAlwaysAValidAddress(String back, String expected) {
        String address = LocalPath.orHome(back);
        assertThat(address).isEqualTo(expected);
        assertThat(URI.create(address).getHost()).isNull();
    }
}
