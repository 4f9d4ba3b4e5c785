package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationFamiliesTest {

    @Test
    void should_gather_the_names_that_carry_a_parents_acronym() {
        // given
        List<String> names = List.of("OSCE Office for Democratic Institutions and Human Rights (ODIHR)", "OSCE/ODIHR",
                "Office of the OSCE Special Representative", "Walk Free", "Cathy Zimmerman");
        // when
        List<OrganisationFamilies.Family> families = OrganisationFamilies.of(names, Set.of());
        // then
        assertThat(families).extracting(OrganisationFamilies.Family::acronym).containsExactly("ODIHR", "OSCE");
        assertThat(families.get(1).members()).hasSize(3);
    }

    @Test
    void should_not_make_a_family_of_one_name_or_of_a_place() {
        // given
        List<String> names = List.of("UK Home Office", "UK Modern Slavery Unit", "Polaris (PLRS)");
        // when
        List<OrganisationFamilies.Family> families = OrganisationFamilies.of(names, Set.of("uk"));
        // then
        assertThat(families).isEmpty();
    }

    @Test
    void should_know_names_that_open_with_the_same_parent_by_its_initials() {
        // given
        List<String> names = List.of("United Nations Office on Drugs and Crime (UNODC)",
                "United Nations Children's Fund", "United Kingdom Home Office", "India Committee of the Netherlands",
                "International Centre for Migration");
        // when
        List<OrganisationFamilies.Family> families = OrganisationFamilies.of(names, Set.of());
        // then: two names sharing only their initials are no family
        assertThat(families).singleElement().satisfies(f -> {
            assertThat(f.acronym()).isEqualTo("UN");
            assertThat(f.members()).hasSize(2);
        });
    }

    @Test
    void should_know_an_office_of_the_parent_as_one_of_its_family() {
        // given
        List<String> names = List.of("United Nations Office on Drugs and Crime (UNODC)",
                "Office of the United Nations High Commissioner for Human Rights (OHCHR)", "Council of Europe");
        // when
        List<OrganisationFamilies.Family> families = OrganisationFamilies.of(names, Set.of());
        // then
        assertThat(families).singleElement().satisfies(f -> {
            assertThat(f.acronym()).isEqualTo("UN");
            assertThat(f.members()).hasSize(2);
        });
    }
}
