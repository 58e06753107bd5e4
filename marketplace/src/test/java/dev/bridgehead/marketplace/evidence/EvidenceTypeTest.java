package dev.bridgehead.marketplace.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.testing.EvidenceFixture;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A document's kind comes from its first bytes only. */
class EvidenceTypeTest {

    static Stream<Arguments> contents() {
        return Stream.of(
                Arguments.of("a PDF", EvidenceFixture.pdf("x"), EvidenceType.PDF),
                Arguments.of("a PNG", EvidenceFixture.png(), EvidenceType.PNG),
                Arguments.of("a JPEG", EvidenceFixture.jpeg(), EvidenceType.JPEG),
                Arguments.of("the PDF signature alone", bytes("%PDF-"), EvidenceType.PDF),
                Arguments.of("a web page", EvidenceFixture.html(), null),
                Arguments.of("a web page that mentions %PDF- further in", bytes("<html>%PDF-1.7</html>"), null),
                Arguments.of("a PDF signature after a blank line", bytes("\n%PDF-1.7"), null),
                Arguments.of("a PDF signature in lower case", bytes("%pdf-1.7"), null),
                Arguments.of("a cut-off PDF signature", bytes("%PDF"), null),
                Arguments.of("a PNG signature with one byte wrong", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, 0}, null),
                Arguments.of("the first two bytes of a JPEG", new byte[] {(byte) 0xff, (byte) 0xd8}, null),
                Arguments.of("a GIF", bytes("GIF89a"), null),
                Arguments.of("a ZIP", new byte[] {'P', 'K', 3, 4}, null),
                Arguments.of("an SVG", bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), null),
                Arguments.of("nothing", new byte[0], null),
                Arguments.of("no content at all", null, null));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("contents")
    void theKindIsRecognisedFromTheBytesAndAnythingElseIsRefused(String name, byte[] content, EvidenceType expected) {
        assertThat(EvidenceType.sniff(content)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void eachKindIsFoundAgainByItsContentTypeAndNoOtherTypeIs() {
        for (EvidenceType type : EvidenceType.values()) {
            assertThat(EvidenceType.ofContentType(type.contentType())).contains(type);
        }
        assertThat(EvidenceType.ofContentType("text/html")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
