package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.refdesk.index.TextAnalyzer;

/**
 * A question that names a kind of document by a name of two words ("UNODC issue papers", "a practical handbook on
 * referral") is answered first by the relevant reports whose title carries that name ("Issue Paper: …", "… A
 * Practical Handbook"), when no other title the answer shows has the document word. An abstract that only mentions
 * such documents does not count, and a document word alone ("studies", "research") names too many kinds to order
 * by. The others keep their order after them. Stateless.
 */
final class TitledTypes {

    private TitledTypes() {
    }

    /**
     * The candidates with those titled by the question's two-word name of a kind of document first; as they were
     * when the question names none, or when one of the first {@code shown} titles has the document word without
     * that name.
     */
    static List<Candidate> first(List<Candidate> candidates, String question, List<String> docTypes,
                                 TextAnalyzer analyzer, int shown) {
        if (docTypes.isEmpty()) {
            return candidates;
        }
        Set<String> types = new HashSet<>();
        for (String type : docTypes) {
            types.addAll(analyzer.terms(type));
            // the stemmer keeps some plurals whole ("papers"), and a title names one ("Issue Paper")
            types.addAll(analyzer.terms(singular(type)));
        }
        List<String> asked = analyzer.terms(question);
        Set<String> names = new HashSet<>();
        for (int i = 1; i < asked.size(); i++) {
            if (types.contains(asked.get(i)) && !types.contains(asked.get(i - 1))) {
                names.add(asked.get(i - 1));
            }
        }
        if (names.isEmpty()) {
            return candidates;
        }
        List<Candidate> titled = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            List<String> title = analyzer.terms(c.publication().title());
            if (named(title, names, types)) {
                titled.add(c);
            } else if (i < shown && title.stream().anyMatch(types::contains)) {
                // another title has the document word without that first word ("The IOM Handbook on…" beside "A
                // Practical Handbook"): the first word describes a document, it does not name a kind of them
                return candidates;
            } else {
                others.add(c);
            }
        }
        titled.addAll(others);
        return titled;
    }

    /** Whether the title has one of the names' first words right before a document word. */
    private static boolean named(List<String> title, Set<String> names, Set<String> types) {
        for (int i = 1; i < title.size(); i++) {
            if (types.contains(title.get(i)) && names.contains(title.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
