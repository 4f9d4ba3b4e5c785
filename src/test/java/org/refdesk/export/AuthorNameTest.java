package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorNameTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("International Organization for Migration", new AuthorName("International Organization for Migration", null, null)),
                Arguments.of("UNODC", new AuthorName("UNODC", null, null)),
                Arguments.of("Walk Free Foundation", new AuthorName("Walk Free Foundation", null, null)),
                Arguments.of("La Strada International", new AuthorName("La Strada International", null, null)),
                Arguments.of("Cathy Zimmerman", new AuthorName(null, "Zimmerman", "Cathy")),
                Arguments.of("Lori J. Mann", new AuthorName(null, "Mann", "Lori J.")),
                Arguments.of("Zimmerman, C.", new AuthorName(null, "Zimmerman", "C.")),
                Arguments.of("Zimmerman", new AuthorName(null, "Zimmerman", "")),
                Arguments.of("Ludwig van Beethoven", new AuthorName(null, "van Beethoven", "Ludwig")));
    }

    @ParameterizedTest
    @MethodSource("names")
    void should_tell_organisations_from_people(String written, AuthorName expected) {
        assertThat(AuthorName.isOrganisation(written, List.of()) ? new AuthorName(written, null, null)
                : AuthorName.person(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("names")
    void should_take_a_record_s_own_affiliation_named_as_author_for_an_organisation(String written, AuthorName ignored) {
        assertThat(AuthorName.isOrganisation(written, List.of(written.toUpperCase()))).isTrue();
    }
}
