package dev.bridgehead.search.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a query becomes in the other language with the shipped glossary. */
class GlossaryTest {

    static final Glossary GLOSSARY = Glossary.shipped();

    @Test
    void englishPhrasesAreLookedUpLongestFirst() {
        Glossary.Translation translation = GLOSSARY.translate("Port congestion index");

        assertThat(translation.chinese()).isEqualTo("港口拥堵 指数");
        assertThat(translation.bridges()).extracting(Glossary.Bridge::toString).containsExactly("port congestion ↔ 港口拥堵", "index ↔ 指数");
    }

    @Test
    void chineseWithoutSpacesIsCutIntoTheLongestGlossaryWords() {
        Glossary.Translation translation = GLOSSARY.translate("碳排放核算");

        assertThat(translation.english()).isEqualTo("carbon accounting");
        assertThat(GLOSSARY.translate("跨境电商会员分析").english()).isEqualTo("cross-border e-commerce membership analytics analysis");
    }

    @Test
    void aPluralFindsItsSingularAndUnknownWordsAreLeftOut() {
        assertThat(GLOSSARY.translate("containers and vessels").chinese()).isEqualTo("集装箱 船舶");
        assertThat(GLOSSARY.translate("quarterly zebra report")).isEqualTo(Glossary.Translation.NONE);
        assertThat(GLOSSARY.translate("")).isEqualTo(Glossary.Translation.NONE);
    }

    @Test
    void aMixedTextIsTranslatedBothWays() {
        Glossary.Translation translation = GLOSSARY.translate("flight delay 航班延误");

        assertThat(translation.chinese()).isEqualTo("航班延误");
        assertThat(translation.english()).isEqualTo("flight delay");
    }

    @Test
    void theShippedGlossaryHasBothLanguagesOnEveryLine() {
        assertThat(GLOSSARY.terms()).hasSizeGreaterThan(150)
                .allSatisfy(term -> {
                    assertThat(term.english()).matches("[a-z0-9 '-]+");
                    assertThat(term.chinese()).matches("[\\p{IsHan}]+");
                    assertThat(term.sector()).isNotBlank();
                });
        assertThat(List.of("港口拥堵", "碳排放核算")).allSatisfy(term -> assertThat(GLOSSARY.terms()).anyMatch(t -> t.chinese().equals(term)));
    }
}
