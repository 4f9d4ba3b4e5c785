package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Forced labour in mining in Mongolia": a place of the world (a name {@code places.tsv} or {@code demonyms.tsv}
 * knows) that no record names, asked for as a constraint ("in", "on", "from" before it), is a constraint the
 * library cannot meet. Read as a place, it finds nothing, and the answer says so and names the closest reports,
 * instead of answering on the other words as if the place had not been asked for. Stateless.
 */
final class PlacesLacking {

    private PlacesLacking() {
    }

    /** The places among {@code unknown} (words no record uses) that {@code text} asks for as a constraint. */
    static List<Mention> asked(List<String> unknown, String text, Vocabulary vocab) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Mention> out = new ArrayList<>();
        for (String word : unknown) {
            if (!vocab.isPlaceName(word)) {
                continue;
            }
            Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(lower);
            if (at.find()) {
                String name = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                Mention place = new Mention(Mention.Kind.PLACE, name, List.of(name), List.of(name), at.start(),
                        at.end());
                if (MentionCues.explicit(place, lower)) {
                    out.add(place);
                }
            }
        }
        return out;
    }
}
