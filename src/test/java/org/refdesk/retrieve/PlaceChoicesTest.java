package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceChoicesTest {

    @Test
    void should_make_places_offered_as_alternatives_one_place_either_meets() {
        // given
        String text = "young people in Armenia, Azerbaijan or Georgia";
        // when
        List<Mention> joined = PlaceChoices.joined(places(text, "Armenia", "Azerbaijan", "Georgia"), text);
        // then
        assertThat(joined).singleElement().satisfies(m -> {
            assertThat(m.label()).isEqualTo("Armenia or Azerbaijan or Georgia");
            assertThat(m.values()).containsExactly("Armenia", "Azerbaijan", "Georgia");
            assertThat(text.substring(m.start(), m.end())).isEqualTo("Armenia, Azerbaijan or Georgia");
        });
    }

    @Test
    void should_keep_apart_places_named_together_or_as_a_route() {
        // given
        String all = "Armenia, Azerbaijan and Georgia";
        String route = "trafficking from Myanmar to China";
        // when / then
        assertThat(PlaceChoices.joined(places(all, "Armenia", "Azerbaijan", "Georgia"), all)).hasSize(3);
        assertThat(PlaceChoices.joined(places(route, "Myanmar", "China"), route)).hasSize(2);
    }

    @Test
    void should_not_join_a_place_and_a_name_offered_as_alternatives() {
        // given
        String text = "anything on Nigeria or by UNICEF";
        List<Mention> mentions = new ArrayList<>(places(text, "Nigeria"));
        int at = text.indexOf("UNICEF");
        mentions.add(new Mention(Mention.Kind.ORGANISATION, "UNICEF", List.of("UNICEF"), List.of("UNICEF"), at,
                at + "UNICEF".length()));
        // when / then
        assertThat(PlaceChoices.joined(mentions, text)).hasSize(2);
    }

    private static List<Mention> places(String text, String... names) {
        List<Mention> out = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            out.add(new Mention(Mention.Kind.PLACE, name, List.of(name), List.of(name), at, at + name.length()));
        }
        return out;
    }
}
