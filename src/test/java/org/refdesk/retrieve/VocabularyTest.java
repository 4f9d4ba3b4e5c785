package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.of(Map.of(
            "country", Map.of("Armenia", 1, "Azerbaijan", 1, "Georgia", 1, "Thailand", 1, "Libya", 1, "Sudan", 1,
                    "Worldwide", 8),
            "region", Map.of("Asia", 1, "Middle East", 1, "South Eastern Europe", 1),
            "author", Map.of("Alison Jobe", 1, "Zimmerman, C. et al.", 1, "Laura Cordisco Tsai", 1,
                    "Southern Poverty Law Center", 1, "Greenpeace Southeast Asia", 1, "Children Rescue Network", 1,
                    "Civil Rights Network", 1, "Siân Oram", 1,
                    "OSCE Office for Democratic Institutions and Human Rights", 1, "Amnesty International", 1),
            "affiliation", Map.of("Walk Free Foundation", 1, "Sheffield Hallam University", 1, "ODIHR", 1,
                    "Columbia University", 1, "Human Rights Watch", 1, "HRW", 1, "World Health Organization", 1,
                    "WHO", 1)));

    @Test
    void should_find_the_place_a_misspelt_word_is_a_letter_or_two_from() {
        // when / then: two letters off in a long name, one in a shorter one, none beyond
        assertThat(vocabulary.placeNear("Phillipines", 2)).contains("philippines");
        assertThat(vocabulary.placeNear("Thailnd", 1)).contains("thailand");
        assertThat(vocabulary.placeNear("trafficking", 2)).isEmpty();
        assertThat(vocabulary.placeNear("Thialand", 2)).contains("thailand");
        assertThat(vocabulary.placeNear("sedan", 1)).as("short words are everyday words as likely").isEmpty();
    }

    @Test
    void should_read_a_short_word_as_a_place_only_when_it_has_the_places_letters_in_another_order() {
        // when / then: the letters of Libya, first letter kept; one letter off Sudan is no reordering
        assertThat(vocabulary.placeReordered("Lybia")).contains("libya");
        assertThat(vocabulary.placeReordered("ylbia")).as("first letter kept").isEmpty();
        assertThat(vocabulary.placeReordered("sedan")).isEmpty();
        assertThat(vocabulary.placeReordered("Libya")).as("the name itself is no misspelling").isEmpty();
    }

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
    void should_read_the_word_subregion_after_the_greater_mekong_as_part_of_its_name() {
        // when
        List<Mention> mekong = vocabulary.mentions("List everything covering the Greater Mekong Subregion.");
        // then one place, whose phrase takes in "Subregion": no topic word is left of it
        assertThat(mekong).singleElement().satisfies(m -> {
            assertThat(m.values()).containsExactly("Thailand");
            assertThat(m.phrases().get(0)).isEqualToIgnoringCase("greater mekong subregion");
        });
    }

    @Test
    void should_read_a_name_opening_with_an_acronym_as_an_organisation_and_not_its_everyday_word_as_a_surname() {
        // given a collection with UN Women and a person whose surname is an everyday word
        Vocabulary named = Vocabulary.of(Map.of("author", Map.of("UN Women", 1, "Condoleezza Rice", 1)));
        // when / then
        assertThat(named.mentions("what has UN Women published?")).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(Mention.Kind.ORGANISATION));
        assertThat(named.mentions("charities that want to save migrant women")).isEmpty();
        assertThat(named.mentions("forced labour in rice farming")).isEmpty();
        assertThat(named.mentions("anything by Condoleezza Rice?")).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(Mention.Kind.PERSON));
    }

    @Test
    void should_hold_the_countries_of_a_continents_regions() {
        // given a library that files a report under its country and a broad region only
        Vocabulary broad = Vocabulary.of(Map.of("country", Map.of("Bolivia", 1, "Ukraine", 1),
                "region", Map.of("Americas", 1, "Europe", 1)));
        // when / then
        assertThat(broad.mentions("debt bondage in Latin America")).singleElement()
                .satisfies(m -> assertThat(m.values()).contains("Bolivia"));
        assertThat(broad.mentions("trafficking in Europe")).singleElement()
                .satisfies(m -> assertThat(m.values()).contains("Ukraine", "Europe"));
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
    void should_give_the_country_a_demonym_stands_for_without_naming_it_as_a_place() {
        // given a question that names people by their country
        String question = "Nigerian women and Sri Lankan maids in thai homes";
        // when / then: the countries are searched beside the words, and no place filter is read from them
        assertThat(vocabulary.countriesOfDemonyms(question)).isEqualTo("Nigeria Sri Lanka Thailand");
        assertThat(vocabulary.mentions(question)).isEmpty();
        assertThat(vocabulary.countriesOfDemonyms("women in domestic work")).isEmpty();
    }

    @Test
    void should_take_out_the_demonyms_of_an_earlier_question_when_a_follow_up_names_another_place() {
        assertThat(vocabulary.withoutDemonyms("does it say where armenian victims were taken?"))
                .isEqualTo("does it say where victims were taken?");
        assertThat(vocabulary.withoutDemonyms("Sri Lankan maids in thai homes")).isEqualTo("maids in homes");
        assertThat(vocabulary.withoutDemonyms("women in domestic work")).isEqualTo("women in domestic work");
    }

    @Test
    void should_read_a_regions_adjective_as_that_region_and_take_it_out_when_a_follow_up_names_another() {
        // given an earlier question that names its place by an adjective ("same but for southeast asia" follows)
        String earlier = "a European treaty on trafficking, and Southeast Asian fishing fleets";
        // when / then
        assertThat(vocabulary.countriesOfDemonyms(earlier)).isEqualTo("Europe Southeast Asia");
        assertThat(vocabulary.withoutDemonyms(earlier)).isEqualTo("a treaty on trafficking, and fishing fleets");
    }

    @Test
    void should_find_a_name_written_without_its_accents() {
        assertThat(vocabulary.mentions("anything by sian oram?")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Siân Oram"));
    }

    @Test
    void should_know_an_organisation_without_its_parents_acronym_or_closing_word() {
        assertThat(vocabulary.mentions("Office for Democratic Institutions and Human Rights")).singleElement()
                .satisfies(m -> assertThat(m.label()).startsWith("OSCE Office"));
        assertThat(vocabulary.mentions("what has sheffield hallam put out")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Sheffield Hallam University"));
        assertThat(vocabulary.mentions("did amnesty look at mining")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Amnesty International"));
        // one word left is too little for a university: "columbia" is a place as often as a university
        assertThat(vocabulary.mentions("columbia river")).isEmpty();
    }

    @Test
    void should_find_an_acronym_typed_in_lower_case_unless_it_is_an_everyday_word() {
        assertThat(vocabulary.mentions("hrw reports on domestic workers")).singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo("Human Rights Watch"));
        assertThat(vocabulary.mentions("who wrote the hrw report")).singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo("Human Rights Watch"));
        assertThat(vocabulary.mentions("reports by WHO")).singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo("World Health Organization"));
    }

    @Test
    void should_not_match_inside_other_words() {
        assertThat(vocabulary.mentions("Asian migrants")).isEmpty();
        assertThat(vocabulary.mentions("caucasian")).isEmpty();
    }

    @Test
    void should_know_an_organisation_by_its_initials_when_no_other_name_shares_them() {
        assertThat(vocabulary.mentions("anything from the SPLC?")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Southern Poverty Law Center"));
        assertThat(vocabulary.mentions("a splc report")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Southern Poverty Law Center"));
        // "Children Rescue Network" and "Civil Rights Network" both give CRN: neither is guessed
        assertThat(vocabulary.mentions("CRN reports")).isEmpty();
    }

    @Test
    void should_know_an_organisations_office_without_its_place() {
        assertThat(vocabulary.mentions("greenpeace")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Mention.Kind.ORGANISATION);
            assertThat(m.values()).containsExactly("Greenpeace Southeast Asia");
        });
    }

    @Test
    void should_find_a_person_by_initial_and_a_two_word_surname() {
        assertThat(vocabulary.mentions("work by L. Cordisco Tsai")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Laura Cordisco Tsai"));
        assertThat(vocabulary.mentions("cordisco tsai on reintegration")).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(Mention.Kind.PERSON));
        // surname first, as a reference list writes it: the whole name, not "Tsai, L." inside it
        assertThat(vocabulary.mentions("Cordisco Tsai, L.")).singleElement().satisfies(m -> {
            assertThat(m.values()).containsExactly("Laura Cordisco Tsai");
            assertThat(m.end()).isEqualTo("Cordisco Tsai, L".length());
        });
    }

    @Test
    void should_find_a_name_with_a_letter_of_its_own_typed_on_an_english_keyboard() {
        Vocabulary nordic = Vocabulary.of(Map.of("author", Map.of("Jørgen Carling", 1, "Bjørn Ærø Łukasz", 1)));
        assertThat(nordic.mentions("anything by jorgen carling")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Jørgen Carling"));
        assertThat(nordic.mentions("Jørgen Carling's work")).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactly("Jørgen Carling"));
    }

    @Test
    void should_know_an_organisation_without_its_closing_in_persons() {
        Vocabulary icat = Vocabulary.of(Map.of("author",
                Map.of("Inter-Agency Coordination Group against Trafficking in Persons (ICAT)", 3)));
        assertThat(icat.mentions("anything by the Inter-Agency Coordination Group against Trafficking"))
                .singleElement().satisfies(m -> assertThat(m.label()).endsWith("(ICAT)"));
    }

    @Test
    void should_hold_every_form_of_a_family_member_in_the_family() {
        Vocabulary un = Vocabulary.of(Map.of("author", Map.of("United Nations Office on Drugs and Crime (UNODC)", 5,
                "UNODC", 2, "United Nations Children's Fund", 3)));
        assertThat(un.mentions("UN reports")).singleElement()
                .satisfies(m -> assertThat(m.values()).contains("UNODC", "United Nations Children's Fund"));
    }

    @Test
    void should_know_an_office_written_after_its_parent_as_the_parent() {
        Vocabulary state = Vocabulary.of(Map.of("author", Map.of("U.S. Department of State", 8,
                "U.S. Department of State, Office to Monitor and Combat Trafficking in Persons", 1)));
        assertThat(state.mentions("every US Department of State report")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Mention.Kind.ORGANISATION);
            assertThat(m.values()).containsExactlyInAnyOrder("U.S. Department of State",
                    "U.S. Department of State, Office to Monitor and Combat Trafficking in Persons");
        });
    }

    @Test
    void should_know_place_names_the_collection_lacks_as_place_names() {
        // given a collection on the Caucasus and Thailand
        // then a country only the place tables name is a place name; a record's word is not
        assertThat(vocabulary.isPlaceName("Iceland")).isTrue();
        assertThat(vocabulary.isPlaceName("maldives")).isTrue();
        assertThat(vocabulary.isPlaceName("Armenia")).isTrue();
        assertThat(vocabulary.isPlaceName("massive")).isFalse();
    }

    @Test
    void should_read_a_document_word_in_its_ies_plural_as_a_document_type() {
        // "study" is a document word; its plural is "studies", never "studys"
        assertThat(vocabulary.withoutDocTypes("which of her studies do we hold")).isEqualTo("which of her do we hold");
        assertThat(vocabulary.isDocType("studies")).isTrue();
        assertThat(vocabulary.docTypeExpansion("her studies")).contains("research");
    }
}
