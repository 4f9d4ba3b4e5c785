package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameFormsTest {

    private static final List<String> VALUES = List.of("Cathy Zimmerman", "C. Zimmerman", "Zimmerman, C.",
            "Zimmerman, C. et al.", "Bernard Silverman", "B. W. Silverman", "Jay G. Silverman",
            "International Labour Organization", "ILO", "International Labour Office", "Walk Free Foundation",
            "Walk Free", "World Health Organization", "WHO", "Human Rights Watch", "HRW", "UNICEF");

    private final Map<String, Set<String>> groups = NameForms.groups(VALUES);

    @Test
    void should_group_a_person_written_with_initials_in_either_order() {
        // when / then
        assertThat(groups.get("Cathy Zimmerman"))
                .containsExactlyInAnyOrder("Cathy Zimmerman", "C. Zimmerman", "Zimmerman, C.", "Zimmerman, C. et al.");
    }

    @Test
    void should_group_a_person_written_with_and_without_accents() {
        // given one author spelt both ways by two records
        Map<String, Set<String>> accented = NameForms.groups(List.of("Alvaro Bedoya Silva-Santisteban",
                "Álvaro Bedoya Silva-Santisteban", "Eduardo Bedoya Garland"));
        // when / then
        assertThat(accented.get("Alvaro Bedoya Silva-Santisteban"))
                .containsExactlyInAnyOrder("Alvaro Bedoya Silva-Santisteban", "Álvaro Bedoya Silva-Santisteban");
    }

    @Test
    void should_keep_people_with_the_same_surname_but_another_initial_apart() {
        // when / then
        assertThat(groups.get("Bernard Silverman")).containsExactlyInAnyOrder("Bernard Silverman", "B. W. Silverman");
        assertThat(groups.get("Jay G. Silverman")).containsExactly("Jay G. Silverman");
    }

    @Test
    void should_know_an_organisation_by_its_acronym_and_without_foundation() {
        // when / then
        assertThat(groups.get("ILO")).containsExactlyInAnyOrder("ILO", "International Labour Organization",
                "International Labour Office");
        assertThat(groups.get("Walk Free")).containsExactlyInAnyOrder("Walk Free", "Walk Free Foundation");
        assertThat(groups.get("WHO")).containsExactlyInAnyOrder("WHO", "World Health Organization");
        assertThat(groups.get("HRW")).containsExactlyInAnyOrder("HRW", "Human Rights Watch");
        assertThat(groups.get("UNICEF")).containsExactly("UNICEF");
    }

    @Test
    void should_tell_organisations_from_people() {
        // when / then
        assertThat(NameForms.isOrganisation("Walk Free Foundation")).isTrue();
        assertThat(NameForms.isOrganisation("IOM")).isTrue();
        // a one-word name is an organisation's: people are written with two words or more
        assertThat(NameForms.isOrganisation("Verité")).isTrue();
        assertThat(NameForms.isOrganisation("Alison Jobe")).isFalse();
        // a joining word ("against", "for", "of") belongs to an organisation's name, never to a person's
        assertThat(NameForms.isOrganisation("Tech Against Trafficking")).isTrue();
        assertThat(NameForms.person("Tech Against Trafficking")).isEmpty();
        assertThat(NameForms.person("Louise M. Howard")).contains(new NameForms.Person("howard", "l"));
        assertThat(NameForms.person("Howard, L.")).contains(new NameForms.Person("howard", "l"));
    }

    @Test
    void should_read_a_person_with_an_affiliation_in_brackets_as_that_person() {
        // when / then
        assertThat(NameForms.isOrganisation("Laura Murphy (Sheffield Hallam University)")).isFalse();
        assertThat(NameForms.person("Laura Murphy (Sheffield Hallam University)"))
                .contains(new NameForms.Person("murphy", "l"));
        assertThat(NameForms.isOrganisation("International Labour Organization (ILO)")).isTrue();
    }

    @Test
    void should_read_an_organisation_with_a_leading_uk_or_us_as_the_same_organisation() {
        // then
        assertThat(NameForms.organisationKey("UK Home Office")).isEqualTo(NameForms.organisationKey("Home Office"));
        assertThat(NameForms.organisationKey("U.S. Department of State"))
                .isEqualTo(NameForms.organisationKey("Department of State"));
        assertThat(NameForms.organisationKey("UK Government")).isNotEqualTo(NameForms.organisationKey("US Government"));
    }

    @Test
    void should_group_an_office_written_after_its_parent_with_the_parent() {
        // when
        Map<String, Set<String>> offices = NameForms.groups(List.of("U.S. Department of State",
                "U.S. Department of State, Office to Monitor and Combat Trafficking in Persons", "Gallagher, A.",
                "Anne Gallagher"));
        // then: a person written surname first is not an office
        assertThat(offices.get("U.S. Department of State")).containsExactlyInAnyOrder("U.S. Department of State",
                "U.S. Department of State, Office to Monitor and Combat Trafficking in Persons");
        assertThat(offices.get("Gallagher, A.")).containsExactlyInAnyOrder("Gallagher, A.", "Anne Gallagher");
    }
}
