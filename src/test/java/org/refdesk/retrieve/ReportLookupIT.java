package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.BundledSeedParts;
import org.refdesk.library.Publication;

/** {@link ReportLookup} on the bundled seeds: the report a bare-text reply describes without naming it. */
class ReportLookupIT {

    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    /**
     * A reply in one report's own words finds that report; one about two seed records at once (the Mekong health
     * study and the guidance for health providers), which match it about as well, finds none.
     */
    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "A 2017 chapter compares two case studies: the Nepal earthquake of April 2015 and the mixed migration flows "
                + "through the Western Balkans. | Human Trafficking and Exploitation Lessons from Europe",
        "Two guides cover the health of trafficked persons: one for health providers and one on the Greater Mekong "
                + "Subregion. | ''",
    })
    void should_take_the_report_a_reply_describes_only_when_it_matches_clearly_best(String reply, String title) {
        // given
        ReportLookup lookup = ReportLookup.of(SEEDS.parts().index());
        // when
        Optional<Publication> described = lookup.byContent().apply(reply);
        // then
        assertThat(described.map(Publication::title)).isEqualTo(title.isEmpty() ? Optional.empty()
                : Optional.of(title));
    }
}
