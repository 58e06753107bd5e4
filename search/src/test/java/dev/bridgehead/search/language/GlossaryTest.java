package dev.bridgehead.search.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.glossary.GlossaryTerm;
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
        assertThat(GLOSSARY.translate("xqzv blorf")).isEqualTo(Glossary.Translation.NONE);
        assertThat(GLOSSARY.translate("")).isEqualTo(Glossary.Translation.NONE);
    }

    @Test
    void theGeneralDictionaryTranslatesWhatTheGlossaryDoesNotKnowAndSaysSo() {
        Glossary.Translation temperature = GLOSSARY.translate("温度");
        assertThat(temperature.english()).isEqualTo("temperature");
        assertThat(temperature.bridges()).extracting(Glossary.Bridge::source).containsExactly(Glossary.Source.DICTIONARY);

        assertThat(GLOSSARY.translate("temperature").chinese()).contains("温度");
        // Function words and the words every listing uses are not looked up in the dictionary.
        assertThat(GLOSSARY.translate("the data of our platform")).isEqualTo(Glossary.Translation.NONE);
    }

    @Test
    void aGlossaryTermWinsOverTheDictionaryAndStaffTermsApply() {
        Glossary staffs = new Glossary(List.of(GlossaryTerm.shipped("quay crane", "岸桥", "INTERNATIONAL_SHIPPING", "")), GeneralDictionary.shipped());

        assertThat(staffs.translate("岸桥").bridges()).containsExactly(new Glossary.Bridge("岸桥", "quay crane", Glossary.Source.GLOSSARY));
        assertThat(staffs.translate("quay cranes").chinese()).isEqualTo("岸桥");
        assertThat(new Glossary(List.of(), GeneralDictionary.empty()).translate("岸桥 港口")).isEqualTo(Glossary.Translation.NONE);
    }

    @Test
    void chineseIsSegmentedIntoTheLongestKnownWords() {
        assertThat(GLOSSARY.segment("港口拥堵指数和冷链物流")).containsExactly("港口拥堵", "指数", "和", "冷链", "物流");
        assertThat(GLOSSARY.translate("雨天驾驶场景").units()).extracting(Glossary.Unit::text).containsExactly("雨天", "驾驶场景");
        assertThat(Glossary.isChinese("港口拥堵指数")).isTrue();
        assertThat(Glossary.isChinese("Port congestion 指数")).isFalse();
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
