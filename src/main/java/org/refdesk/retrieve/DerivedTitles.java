package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report whose title is another report's whole title with more words around it ("Explanatory Report to the
 * Council of Europe Convention…", "Country Profiles Sub-Saharan Africa: Global Report on Trafficking in Persons")
 * is written about or out of that report. A question that names the shorter title without any of the words the
 * longer one adds asks for the report itself, so it comes just before the one derived from it; the fused order
 * stays otherwise. Titles compare as {@link KnownTitle#normalised} text (years and marks dropped). Thread-safe.
 */
final class DerivedTitles {

    /** A shorter title is also a topic phrase ("Child Labour"), not a name another title builds on. */
    private static final int MIN_WORDS = 4;
    /** Added words that tell editions apart rather than say what a derived report is. */
    private static final Set<String> EDITION_WORDS = Set.of("edition", "th", "st", "nd", "rd", "the", "a", "an",
            "and", "of", "to", "for", "on", "in", "vol", "volume", "part");

    /** "(not the country profiles)", "rather than the explanatory report": words the question sets aside. */
    private static final Pattern NOT_ASKED = Pattern.compile(
            "(?i)\\b(not|excluding|except|rather than|instead of|other than|apart from)\\b[^,.;:?!()]*");

    private DerivedTitles() {
    }

    /** {@code ranked} with each original title just before the first report derived from it that ranked higher. */
    static List<Candidate> originalsFirst(String question, List<Candidate> ranked) {
        String q = KnownTitle.normalised(NOT_ASKED.matcher(question).replaceAll(" "));
        List<String> asked = Arrays.asList(q.strip().split(" "));
        List<Candidate> out = new ArrayList<>(ranked);
        // each title normalised once, moved along with its report
        List<String> titles = new ArrayList<>(ranked.stream().map(c -> KnownTitle.normalised(c.publication().title()))
                .toList());
        for (int i = 1; i < out.size(); i++) {
            String title = titles.get(i);
            if (title.strip().split(" ").length < MIN_WORDS) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (derived(titles.get(j), title, asked)) {
                    out.add(j, out.remove(i));
                    titles.add(j, titles.remove(i));
                    break;
                }
            }
        }
        return out;
    }

    /** True when {@code longer} adds words to {@code title} of which the question uses none. */
    private static boolean derived(String longer, String title, List<String> asked) {
        if (longer.length() <= title.length() || !longer.contains(title)) {
            return false;
        }
        String added = longer.replace(title, " ");
        List<String> words = Arrays.stream(added.strip().split(" "))
                .filter(w -> w.length() >= 2 && !EDITION_WORDS.contains(w)).toList();
        return !words.isEmpty() && words.stream().noneMatch(w -> asked.stream().anyMatch(a -> a.length() >= 3
                && (a.equals(w) || WordFamily.related(a, w))));
    }
}
