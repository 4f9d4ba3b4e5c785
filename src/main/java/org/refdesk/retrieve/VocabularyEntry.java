package org.refdesk.retrieve;

import java.util.List;

/**
 * One way a question can name a place, person, organisation or category of the collection: the key as a
 * question writes it, what it stands for ({@code values}, as the records write them), and its label.
 * {@code caseSensitive}: the key is an acronym; it matches only as written when it is also an everyday word
 * ("WHO") or two letters, and in any case otherwise ("hrw"), as {@link Vocabulary} decides. Immutable.
 */
record VocabularyEntry(String key, Mention.Kind kind, String label, List<String> values, List<String> phrases,
                       boolean caseSensitive) {

    VocabularyEntry {
        values = List.copyOf(values);
        phrases = List.copyOf(phrases);
    }

    VocabularyEntry(String key, Mention.Kind kind, String label, List<String> values, List<String> phrases) {
        this(key, kind, label, values, phrases, false);
    }
}
