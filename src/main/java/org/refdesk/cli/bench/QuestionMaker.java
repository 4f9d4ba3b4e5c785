package org.refdesk.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Varied questions of the kinds a training room asks (topics, places, years, lists, authors), made from
 * the seed vocabulary. Every question of one call is different, so none is answered from the query
 * embedding cache by accident. Thread-safe.
 */
final class QuestionMaker {

    private static final String[] TEMPLATES = {
        "What do you have on %1$s and %2$s?",
        "Reports about %1$s %2$s in %3$s",
        "Is there anything on %1$s %2$s since %4$d?",
        "Which publications cover %1$s, %2$s and %5$s?",
        "Who wrote about %1$s %2$s?",
        "%1$s %2$s %5$s",
        "How does %1$s affect %2$s in %3$s?",
        "List reports on %1$s from %4$d",
    };

    private final List<String> topics;
    private final List<String> places;

    QuestionMaker(List<String> topics, List<String> places) {
        this.topics = List.copyOf(topics);
        this.places = List.copyOf(places);
    }

    /** {@code n} distinct questions; the same {@code salt} gives the same questions. */
    List<String> make(int n, long salt) {
        SplittableRandom random = new SplittableRandom(salt);
        Set<String> out = new LinkedHashSet<>();
        for (int attempts = 0; out.size() < n && attempts < n * 50; attempts++) {
            String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            out.add(String.format(template, topic(random), topic(random), places.get(random.nextInt(places.size())),
                    1998 + random.nextInt(27), topic(random)));
        }
        return new ArrayList<>(out);
    }

    private String topic(SplittableRandom random) {
        return topics.get(random.nextInt(topics.size()));
    }
}
