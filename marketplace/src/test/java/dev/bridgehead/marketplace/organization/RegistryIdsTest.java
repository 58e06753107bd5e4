package dev.bridgehead.marketplace.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryIdsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9144030071526726XG", "914403001922038216", "91330100799655058B", "91310000MA1FL4B24G", "911100001000044477"})
    void publishedUnifiedSocialCreditCodesPassTheirCheckCharacter(String code) {
        assertThat(RegistryIds.problem(Jurisdiction.CN, code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "9144030071526726XA, should be G",
            "914403001922038217, should be 6",
            "91440300715267, 18-character",
            "9144030071526726OG, characters the code does not use",
            "91AB030071526726XG, no area code"})
    void aWrongCodeIsToldWhatIsWrong(String code, String message) {
        assertThat(RegistryIds.problem(Jurisdiction.CN, code)).hasValueSatisfying(problem -> assertThat(problem.message()).contains(message));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"53012345D", "201912345K", "F00012345A", "T08LL1234A", "S99SS0001Z", "R12FC1234B"})
    void eachOfTheFourUenFormatsIsAccepted(String uen) {
        assertThat(RegistryIds.problem(Jurisdiction.SG, uen)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"209906561W", "T99LL0001A", "203012345K"})
    void aUenIssuedInAYearToComeIsRefused(String uen) {
        assertThat(RegistryIds.problem(Jurisdiction.SG, uen, 2026)).hasValueSatisfying(problem -> assertThat(problem.message()).contains("has not come yet"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5301234D", "2019123456K", "F12312345A", "X08LL1234A", "T08LL12345", "9144030071526726XG"})
    void anythingElseIsNotAUen(String uen) {
        assertThat(RegistryIds.problem(Jurisdiction.SG, uen)).hasValueSatisfying(problem -> assertThat(problem.message()).contains("is not a UEN"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'9144 0300 7152 6726 xg', 9144030071526726XG", "t08-ll1234a, T08LL1234A"})
    void spacesDashesAndCaseDoNotMatter(String typed, String stored) {
        assertThat(RegistryIds.normalised(typed)).isEqualTo(stored);
    }
}
