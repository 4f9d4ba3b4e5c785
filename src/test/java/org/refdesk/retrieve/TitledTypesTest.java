package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.index.TextAnalyzer;
import org.refdesk.library.Publication;

class TitledTypesTest {

    @Test
    void should_put_the_reports_titled_by_the_asked_document_type_first_and_keep_the_rest_in_order() {
        // given a guide whose abstract mentions issue papers ahead of two issue papers
        List<Candidate> ranked = List.of(candidate("guide", "Legislative Guide for the Protocol"),
                candidate("vulnerability", "Issue Paper: Abuse of a Position of Vulnerability"),
                candidate("study", "Trafficking in Persons to Thailand"),
                candidate("consent", "Issue Paper: The Role of 'Consent' in the Protocol"));
        // when
        List<Candidate> ordered = TitledTypes.first(ranked, "all of UNODC's issue papers", List.of("papers"),
                new TextAnalyzer(), 8);
        // then
        assertThat(ordered).extracting(c -> c.publication().id())
                .containsExactly("vulnerability", "consent", "guide", "study");
    }

    @Test
    void should_keep_the_order_when_the_question_names_no_kind_of_document_with_the_word() {
        // given a study titled as one ahead of the report the ranking put first
        List<Candidate> ranked = List.of(candidate("estimate", "Modern Slavery: An Application of Multiple Systems "
                + "Estimation"), candidate("project", "The Butterfly Research Project: A Chab Dai Study"));
        // when "studies" stands alone
        List<Candidate> ordered = TitledTypes.first(ranked, "all studies using multiple systems estimation",
                List.of("studies"), new TextAnalyzer(), 8);
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("estimate", "project");
    }

    @Test
    void should_keep_the_order_when_another_title_has_the_document_word_without_the_name() {
        // given two handbooks, only the second called practical
        List<Candidate> ranked = List.of(candidate("direct", "The IOM Handbook on Direct Assistance for Victims"),
                candidate("nrm", "National Referral Mechanisms: A Practical Handbook"));
        // when
        List<Candidate> ordered = TitledTypes.first(ranked, "a practical handbook for caseworkers on shelters",
                List.of("handbook"), new TextAnalyzer(), 8);
        // then "practical" describes a handbook, it does not name a kind of them
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("direct", "nrm");
    }

    private static Candidate candidate(String id, String title) {
        Publication p = new Publication(id, title, "An abstract.", List.of(), List.of(), List.of(), List.of(), 2020,
                "Research", null);
        return new Candidate(p, 0.01, 1, 1, 1f, 0.7f, List.of());
    }
}
