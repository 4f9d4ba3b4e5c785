package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refdesk.library.Publication;

/** Bibliographies rendered by citeproc-java from the official CSL styles. */
class CitationsTest {

    static final Citations CITATIONS = new Citations();
    static final List<Publication> RECORDS = List.of(BibtexParsingTest.ORGANISATIONS, Fixtures.PLAIN, Fixtures.BARE);

    static Stream<Arguments> styles() {
        return Stream.of(
                Arguments.of(CitationStyle.APA, "Zimmerman, C., & Kiss, L. (2009). Caring for Trafficked Persons"),
                Arguments.of(CitationStyle.CHICAGO_AUTHOR_DATE, "Zimmerman, Cathy, and Ligia Kiss. 2009."),
                Arguments.of(CitationStyle.HARVARD_CITE_THEM_RIGHT, "Zimmerman, C. and Kiss, L. (2009) Caring for Trafficked Persons"),
                Arguments.of(CitationStyle.VANCOUVER, "Zimmerman C, Kiss L. Caring for Trafficked Persons"));
    }

    @ParameterizedTest
    @MethodSource("styles")
    void should_render_one_entry_per_record_with_organisations_whole(CitationStyle style, String person) {
        // when the three records are rendered in the style
        String text = CITATIONS.bibliography(style, RECORDS);

        // then there is one line per record, people in the style's name form, the organisation whole
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(text).contains(person);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("International Organization for Migration")
                .contains("Migrants in Distress – “Łódź” 日本"));
        assertThat(text).doesNotContain("Migration, I.", "Migration, International", "<", "&amp;");
        assertThat(lines).anySatisfy(l -> assertThat(l).containsIgnoringCase("Untitled notes"));
    }

    @Test
    void should_name_each_style_by_its_csl_id() {
        assertThat(CitationStyle.named("chicago-author-date")).contains(CitationStyle.CHICAGO_AUTHOR_DATE);
        assertThat(CitationStyle.named("Vancouver")).contains(CitationStyle.VANCOUVER);
        assertThat(CitationStyle.named("mla")).isEmpty();
    }

    @Test
    void should_give_the_same_text_when_rendering_from_many_threads_at_once() throws Exception {
        // given the text each style gives alone
        List<String> alone = new ArrayList<>();
        for (CitationStyle style : CitationStyle.values()) {
            alone.add(CITATIONS.bibliography(style, RECORDS));
        }

        // when 8 threads render every style 20 times, each with a different subset first
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            runs.add(pool.submit(() -> {
                boolean same = true;
                for (int i = 0; i < 20; i++) {
                    for (CitationStyle style : CitationStyle.values()) {
                        CITATIONS.bibliography(style, List.of(Fixtures.SAME_AUTHOR_YEAR));
                        same &= CITATIONS.bibliography(style, RECORDS).equals(alone.get(style.ordinal()));
                    }
                }
                return same;
            }));
        }

        // then every rendering matched
        for (Future<Boolean> run : runs) {
            assertThat(run.get()).isTrue();
        }
        pool.shutdown();
    }
}
