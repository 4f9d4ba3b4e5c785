package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.of(Map.of(
            "country", Map.of("Armenia", 1, "Azerbaijan", 1, "Georgia", 1, "Thailand", 1, "Worldwide", 8),
            "region", Map.of("Asia", 1, "Middle East", 1, "South Eastern Europe", 1),
            "author", Map.of("Alison Jobe", 1, "Zimmerman, C. et al.", 1),
            "affiliation", Map.of("Walk Free Foundation", 1)));

    @Test
    void should_map_everyday_place_names_to_the_collections_values() {
        List<Mention> caucasus = vocabulary.mentions("anything on the South Caucasus?");
        assertThat(caucasus).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Mention.Kind.PLACE);
            assertThat(m.values()).containsExactlyInAnyOrder("Armenia", "Azerbaijan", "Georgia");
        });
        assertThat(vocabulary.mentions("reports on the Gulf states")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Middle East"));
    }

    @Test
    void should_find_authors_by_full_name_or_surname_and_organisations() {
        assertThat(vocabulary.mentions("What has Alison Jobe written?")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Alison Jobe"));
        assertThat(vocabulary.mentions("anything by zimmerman")).singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo("Zimmerman, C. et al."));
        assertThat(vocabulary.mentions("Walk Free Foundation reports")).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(Mention.Kind.ORGANISATION));
    }

    @Test
    void should_not_match_inside_other_words() {
        assertThat(vocabulary.mentions("Asian migrants")).isEmpty();
        assertThat(vocabulary.mentions("caucasian")).isEmpty();
    }
}
