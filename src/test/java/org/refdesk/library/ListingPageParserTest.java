package org.refdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ListingPageParserTest {

    private final ListingPageParser parser = new ListingPageParser();

    @Test
    void should_parse_every_entry_of_the_bundled_listing_page() throws Exception {
        // given the scraped "Referral Mechanisms" page
        String page = Files.readString(Path.of("seeds/000_6620e883614441ff.txt"));
        // when
        ParseResult result = parser.parse("seeds/000.txt", page);
        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.publications()).hasSize(10);
        assertThat(result.publications()).allSatisfy(p -> assertThat(p.category()).isEqualTo("Referral Mechanisms"));
        Publication retrafficking = result.publications().get(9);
        assertThat(retrafficking.title()).startsWith("The Causes and Consequences of Re-trafficking");
        assertThat(retrafficking.authors()).containsExactly("Alison Jobe");
        assertThat(retrafficking.year()).isEqualTo(2010);
        assertThat(retrafficking.abstractText()).startsWith("Although there is consensus").endsWith("truly effective.");
    }

    @Test
    void should_join_an_author_written_over_two_lines_and_split_off_affiliations() throws Exception {
        ParseResult result = parser.parse("p", Files.readString(Path.of("seeds/000_6620e883614441ff.txt")));
        Publication mekong = result.publications().stream().filter(p -> p.title().startsWith("Health and Human"))
                .findFirst().orElseThrow();
        Publication other = result.publications().stream().filter(p -> p.title().equals("The Other Migrant Crisis"))
                .findFirst().orElseThrow();
        assertThat(mekong.authors()).containsExactly("Zimmerman, C. et al.");
        assertThat(mekong.countries()).containsExactly("Thailand", "Cambodia", "Vietnam");
        assertThat(mekong.regions()).containsExactly("Asia", "Pacific");
        assertThat(other.authors()).containsExactly("Samantha McCormack", "Jacqueline Joudo Larsen", "Hana Abul Husn");
        assertThat(other.affiliations()).containsExactly("Walk Free Foundation", "International Organization For Migration");
    }

    @Test
    void should_accept_missing_blocks_and_keep_worldwide_as_a_value() throws Exception {
        ParseResult result = parser.parse("p", Files.readString(Path.of("seeds/000_6620e883614441ff.txt")));
        Publication textbook = result.publications().get(3);
        assertThat(textbook.title()).startsWith("Human Trafficking: Interdisciplinary");
        assertThat(textbook.authors()).containsExactly("Mary C. Burke");
        assertThat(textbook.countries()).containsExactly("Worldwide");
        Publication tip = result.publications().get(0);
        assertThat(tip.authors()).isEmpty();
    }

    @Test
    void should_report_a_bad_year_with_file_and_line_and_keep_the_other_records() {
        // given two entries, the first with a broken year
        String page = "Referral Mechanisms\n\nFirst Title\n\nAn abstract.\nCountry\nWorldwide\nYear\n20x0\n\n"
                + "Second Title\n\nAnother abstract.\nYear\n2012\n";
        // when
        ParseResult result = parser.parse("seeds/bad.txt", page);
        // then
        assertThat(result.publications()).extracting(Publication::title).containsExactly("Second Title");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("seeds/bad.txt");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("20x0");
        });
    }
}
