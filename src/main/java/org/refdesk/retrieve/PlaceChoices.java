package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "reports on Nigeria or Ghana", "young people in Armenia, Azerbaijan or Georgia": places offered as alternatives
 * are one constraint that either meets, not one each that all must meet (a report on Nigeria alone answers). Places
 * joined by "and", "to" or nothing stay apart ("from Myanmar to China" asks for both). Stateless.
 */
final class PlaceChoices {

    /** What stands between two places of a list of alternatives: a comma, "or", or both. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\s*(?:,\\s*(?:or\\s+)?|\\s+or\\s+|/)\\s*");
    /** A list of alternatives ends with "or": "A, B or C"; "A, B and C" names them all. */
    private static final Pattern OR = Pattern.compile("(?i)(?:\\bor\\b|/)");

    private PlaceChoices() {
    }

    /** The mentions, in order, with each run of places offered as alternatives made into one. */
    static List<Mention> joined(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size() && alternatives(mentions.get(j), mentions.get(j + 1), text)) {
                j++;
            }
            if (j > i && offeredAsChoice(mentions.subList(i, j + 1), text)) {
                out.add(merged(mentions.subList(i, j + 1)));
                i = j + 1;
            } else {
                out.add(mentions.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean alternatives(Mention a, Mention b, String text) {
        return a.kind() == Mention.Kind.PLACE && b.kind() == Mention.Kind.PLACE && a.end() <= b.start()
                && BETWEEN.matcher(text.substring(a.end(), b.start())).matches();
    }

    /** Whether the list's last separator is "or": "Armenia, Azerbaijan or Georgia", "Nigeria or Ghana". */
    private static boolean offeredAsChoice(List<Mention> run, String text) {
        Mention last = run.get(run.size() - 1);
        Mention before = run.get(run.size() - 2);
        return OR.matcher(text.substring(before.end(), last.start())).find();
    }

    private static Mention merged(List<Mention> run) {
        Set<String> values = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        for (Mention m : run) {
            values.addAll(m.values());
            phrases.addAll(m.phrases());
            labels.add(m.label());
        }
        return new Mention(Mention.Kind.PLACE, String.join(" or ", labels), List.copyOf(values), List.copyOf(phrases),
                run.get(0).start(), run.get(run.size() - 1).end());
    }
}
