package org.refdesk.retrieve;

import java.util.List;

/** A place, person, organisation or category named in a question, and what it stands for in the collection. */
record Mention(Kind kind, String label, List<String> values, List<String> phrases, int start, int end) {

    enum Kind { PLACE, PERSON, ORGANISATION, CATEGORY }

    Mention {
        values = List.copyOf(values);
        phrases = List.copyOf(phrases);
    }
}
