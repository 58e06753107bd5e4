package dev.bridgehead.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "+1+1|'+1+1",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "plain text|plain text",
            "a, b|`\"a, b\"`",
            "港口数据|港口数据",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
    })
    void cellsThatWouldRunAsFormulasAreNeutralisedAndSeparatorsQuoted(String typed, String written) {
        assertThat(Csv.cell(typed)).isEqualTo(written);
    }

    @Test
    void aTabOrLineBreakBeforeAFormulaIsNeutralisedToo() {
        assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertThat(Csv.cell(-3L)).isEqualTo("-3");
        assertThat(Csv.cell(new BigDecimal("2500000.50"))).isEqualTo("2500000.50");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void rowsEndWithCrLfAfterAByteOrderMark() {
        assertThat(new Csv().row("a", 1).row("b", 2).toString()).isEqualTo("\uFEFFa,1\r\nb,2\r\n");
    }
}
