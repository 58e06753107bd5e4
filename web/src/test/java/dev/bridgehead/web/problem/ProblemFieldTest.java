package dev.bridgehead.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemFieldTest {

    @ParameterizedTest
    @CsvSource({
            "/months, months",
            "months, months",
            "/mechanisms/0/code, mechanisms[0].code",
            "/sectors/12, sectors[12]",
            "/, /"
    })
    void micronauts_json_pointers_become_the_field_names_the_rest_of_the_api_uses(String pointer, String name) {
        assertThat(Problem.Field.name(pointer)).isEqualTo(name);
    }
}
