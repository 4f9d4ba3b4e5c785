package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Places and years a question writes in passing, on the dev library: the words around them say whether they
 * restrict the answer.
 */
class NamesInPassingIT extends DevLibraryCase {

    @Test
    void should_list_every_edition_of_a_series_whose_name_a_place_opens() throws Exception {
        // when: "US" says whose report it is; most editions are filed under the world, not the United States
        JsonNode answer = client.ask("all editions of the US Trafficking in Persons Report, please",
                AskClient.JSON.createArrayNode());
        // then
        assertThat(ids(answer)).contains("lib-a-tip-2013", "lib-a-tip-2019", "lib-a-tip-2021");
    }

    @Test
    void should_read_on_after_a_year_as_the_place_that_follows() throws Exception {
        // when: "from 2016 on Thailand" is 2016, not 2016 onwards
        JsonNode answer = client.ask("what do we have from 2016 on Thailand", AskClient.JSON.createArrayNode());
        // then
        assertThat(answer.path("sources")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.path("year").asText()).isEqualTo("2016"));
    }
}
