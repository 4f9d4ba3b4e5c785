package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

class ScopeFocusTest {

    private static final List<SearchFilter.Scope> AUSTRALIA =
            List.of(new SearchFilter.Scope("Australia", List.of("Australia"), List.of("Australia")));

    @Test
    void should_put_reports_filed_under_the_place_alone_before_those_that_share_it_or_mention_it() {
        // given, in fused order: a passing mention, a four-country report, one filed under the place alone
        List<Candidate> fused = List.of(
                candidate("mention", "Forced labour in Xinjiang", List.of("China")),
                candidate("shared", "Online abuse of children", List.of("Philippines", "United States",
                        "United Kingdom", "Australia")),
                candidate("alone", "Estimating victimisation", List.of("Australia")));
        // when
        List<Candidate> ordered = ScopeFocus.order(fused, AUSTRALIA);
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("alone", "shared", "mention");
    }

    @Test
    void should_put_a_report_on_a_group_of_countries_before_one_on_a_member_its_title_names() {
        // given the Greater Mekong asked for, in fused order: a study of Myanmar women taken to China, a study of the
        // whole subregion
        SearchFilter.Scope mekong = new SearchFilter.Scope("Greater Mekong",
                List.of("Thailand", "Cambodia", "Vietnam", "Laos", "Myanmar"),
                List.of("greater mekong", "Thailand", "Cambodia", "Vietnam", "Laos", "Myanmar"));
        List<Candidate> fused = List.of(
                candidate("member", "Trafficking of Myanmar women into China", List.of("Myanmar", "China")),
                candidate("whole", "Health and trafficking in the Greater Mekong Subregion",
                        List.of("Cambodia", "China", "Laos", "Myanmar", "Thailand", "Vietnam")));
        // when
        List<Candidate> ordered = ScopeFocus.order(fused, List.of(mekong));
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("whole", "member");
    }

    @Test
    void should_keep_the_fused_order_between_reports_equally_about_the_place() {
        // given
        List<Candidate> fused = List.of(candidate("first", "A study", List.of("Australia")),
                candidate("second", "Another study", List.of("Australia")));
        // when
        List<Candidate> ordered = ScopeFocus.order(fused, AUSTRALIA);
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("first", "second");
    }

    @Test
    void should_count_a_title_that_names_the_place() {
        // given
        Publication titled = publication("t", "Modern slavery in Australia", List.of());
        Publication untitled = publication("u", "Modern slavery", List.of());
        // then
        assertThat(ScopeFocus.aboutness(titled, AUSTRALIA)).isGreaterThan(ScopeFocus.aboutness(untitled, AUSTRALIA));
    }

    @Test
    void should_count_a_title_that_names_the_place_with_an_accent() {
        // given
        SearchFilter.Scope mexico = new SearchFilter.Scope("Mexico", List.of("Mexico"), List.of("Mexico"));
        Publication titled = publication("t", "Diagnóstico Nacional sobre la Situación de Trata en México", List.of());
        Publication untitled = publication("u", "Diagnóstico Nacional", List.of());
        // then
        assertThat(ScopeFocus.aboutness(titled, List.of(mexico)))
                .isGreaterThan(ScopeFocus.aboutness(untitled, List.of(mexico)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "and for Moldova specifically? | true",
        "what about Moldova in particular? | true",
        "particularly in Moldova | true",
        "compensation for victims in Moldova | false",
        "anything newer, specifically on domestic workers in Moldova? | false",
    })
    void should_read_when_a_question_asks_about_the_place_itself(String question, boolean asks) {
        // given
        List<SearchFilter.Scope> moldova = List.of(new SearchFilter.Scope("Moldova", List.of("Moldova"),
                List.of("Moldova")));
        // when
        boolean read = ScopeFocus.asksForPlace(question, moldova);
        // then
        assertThat(read).isEqualTo(asks);
    }

    @Test
    void should_put_reports_on_a_region_as_a_whole_before_those_on_its_countries() {
        // given, in fused order: a report on four countries of the region, one on the region alone, one elsewhere
        SearchFilter.Scope middleEast = new SearchFilter.Scope("Middle East", List.of("Middle East"),
                List.of("Middle East"));
        List<Candidate> fused = List.of(
                regional("countries", List.of("Jordan", "Kuwait", "Lebanon", "Qatar"), List.of("Middle East")),
                regional("elsewhere", List.of(), List.of("Worldwide")),
                regional("whole", List.of(), List.of("Middle East", "North Africa")));
        // when
        List<Candidate> ordered = ScopeFocus.wholeFirst(fused, List.of(middleEast));
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("whole", "countries", "elsewhere");
    }

    @Test
    void should_not_count_a_region_tag_on_a_report_whose_countries_are_all_outside_the_group_asked_for_as_a_whole() {
        // given the Balkans asked for as a whole, whose scope also names the South Eastern Europe region; in fused
        // order: a brochure for three Caucasus countries tagged with that region, a report on the Balkan countries
        SearchFilter.Scope balkans = new SearchFilter.Scope("Balkans",
                List.of("South Eastern Europe", "Serbia", "Albania", "Croatia"),
                List.of("balkans", "South Eastern Europe", "Serbia", "Albania", "Croatia"));
        List<Candidate> fused = List.of(
                regional("caucasus", List.of("Armenia", "Azerbaijan", "Georgia"), List.of("South Eastern Europe")),
                regional("balkan", List.of("Serbia", "Albania", "Croatia"), List.of("South Eastern Europe")));
        // when
        List<Candidate> ordered = ScopeFocus.wholeFirst(fused, List.of(balkans));
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("balkan", "caucasus");
    }

    @Test
    void should_put_reports_on_countries_outside_a_group_of_places_after_those_on_its_members() {
        // given the Gulf states asked for, whose scope also names the Middle East region; in fused order: a report on
        // Lebanon filed under the Middle East, one on Qatar, one on the region with no countries
        SearchFilter.Scope gulf = new SearchFilter.Scope("Gulf States",
                List.of("Middle East", "Kuwait", "Qatar", "Saudi Arabia", "United Arab Emirates"),
                List.of("gulf states", "Middle East", "Kuwait", "Qatar", "Saudi Arabia", "United Arab Emirates"));
        List<Candidate> fused = List.of(
                regional("lebanon", List.of("Lebanon"), List.of("Middle East")),
                regional("qatar", List.of("Qatar"), List.of("Middle East")),
                regional("region", List.of(), List.of("Middle East")));
        // when
        List<Candidate> ordered = ScopeFocus.membersFirst(fused, List.of(gulf));
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("qatar", "region", "lebanon");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the Middle East and North Africa as a whole region rather than one country? | true",
        "reports covering West Africa region-wide | true",
        "anything on MENA rather than single countries? | true",
        "the whole library on Nepal | false",
    })
    void should_read_when_a_question_asks_for_a_region_as_a_whole(String question, boolean whole) {
        assertThat(ScopeFocus.asksForWhole(QuestionWording.asWhole(question))).isEqualTo(whole);
    }

    private static Candidate regional(String id, List<String> countries, List<String> regions) {
        return new Candidate(new Publication(id, "A report", "An abstract.", countries, regions, List.of(), List.of(),
                2020, "Research", null), 0.01, 1, 1, 1f, 0.5f, List.of());
    }

    private static Candidate candidate(String id, String title, List<String> countries) {
        return new Candidate(publication(id, title, countries), 0.01, 1, 1, 1f, 0.5f, List.of());
    }

    private static Publication publication(String id, String title, List<String> countries) {
        return new Publication(id, title, "An abstract.", countries, List.of(), List.of(), List.of(), 2020, "Research",
                null);
    }
}
