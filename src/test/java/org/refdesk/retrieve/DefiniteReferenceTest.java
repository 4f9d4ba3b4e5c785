package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefiniteReferenceTest {

    private static final String SAID = "eurostat numbers on registered victims in the EU Eurostat's 2015 edition "
            + "counts just over 30,000 registered victims, about 80 percent female, most of them from EU countries.";

    /** "the" + a noun the last exchange used points back, unless what follows says which ones are meant. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "which non-EU countries did most of the victims come from? | true",
        "how many of the victim were men? | true",
        "what share of the edition is about children? | false",
        "what do we know about the victims of organ trafficking? | false",
        "is there anything on the survivors? | false",
        "what is the role of the police in referral? | false",
        "what did most of the countries report? | true",
        "how did the EU respond? | false",
        "where were the migrant workers in the survey from? | false",
        "how many of the registered victims were women? | true",
        "what does the study says about children? | false",
    })
    void should_point_back_only_with_an_unqualified_noun_the_exchange_used(String question, boolean back) {
        // when
        boolean points = DefiniteReference.pointsBack(question, SAID);
        // then
        assertThat(points).isEqualTo(back);
    }

    @Test
    void should_not_point_back_without_an_earlier_exchange() {
        // when
        boolean points = DefiniteReference.pointsBack("which countries did the victims come from?", "");
        // then
        assertThat(points).isFalse();
    }

    /** "the drafters" exist only in relation to a text: they are the last report's, whatever the exchange said. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "did the drafters publish notes explaining what they meant? | true",
        "what did the authors conclude? | true",
        "what did the authors of the Lancet review conclude? | false",
        "which of the researchers was a doctor? | true",
    })
    void should_point_back_with_a_role_that_exists_only_for_a_text(String question, boolean back) {
        // when
        boolean points = DefiniteReference.pointsBack(question, SAID);
        boolean role = DefiniteReference.namesRoleOfText(question);
        // then
        assertThat(points).isEqualTo(back);
        assertThat(role).isEqualTo(back);
    }
}
