package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refdesk.BundledSeedParts;
import org.refdesk.library.Publication;

/** {@link ReportLookup} on the bundled seeds: the report a bare-text reply describes without naming it. */
class ReportLookupIT {

    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    @Test
    void should_find_the_report_a_reply_describes_in_its_own_words() {
        // given a reply that gives no title, only what the report is about
        ReportLookup lookup = ReportLookup.of(SEEDS.parts().index());
        String reply = "A 2017 chapter compares two case studies: the Nepal earthquake of April 2015 and the mixed "
                + "migration flows through the Western Balkans.";
        // when
        Optional<Publication> described = lookup.byContent().apply(reply);
        // then
        assertThat(described).map(Publication::title).contains("Human Trafficking and Exploitation Lessons from Europe");
    }

    @Test
    void should_take_no_report_for_a_reply_that_fits_several_about_as_well() {
        // given a reply about two seed records at once: the Mekong health study and the guidance for providers
        ReportLookup lookup = ReportLookup.of(SEEDS.parts().index());
        String reply = "Two guides cover the health of trafficked persons: one for health providers and one on the "
                + "Greater Mekong Subregion.";
        // when
        Optional<Publication> described = lookup.byContent().apply(reply);
        // then
        assertThat(described).isEmpty();
    }
}
