package org.refdesk.retrieve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.refdesk.index.SearchFilter;

/**
 * A question as refdesk understood it.
 *
 * @param expansion the records' words for the question's document types and everyday words ("toolkit":
 *     tools practical; "nurse": health care providers), searched at half the weight of the question's own
 * @param searchText the words to search for (understood constraints taken out; for a
 *     follow-up, with the earlier question's topic carried over)
 * @param meaningText what to embed for the dense search (the question; for a follow-up, the earlier topic
 *     with the new words)
 * @param filter explicit and understood filters combined
 * @param applied human-readable names of the understood and explicit filters ("from 2017", "Armenia")
 * @param focus ids of earlier-cited reports a follow-up is about, most relevant first; empty when new
 * @param wants for metadata questions: which of "authors" and "year" are asked for
 * @param seen sentences already quoted in the conversation (a follow-up prefers new ones)
 * @param unknownTerms question words that appear in no record and name no filter (everyday words left out)
 * @param absentCommon how many everyday question words appear in no record
 * @param order the order the question asks for: the ranking's, newest first ("the latest ...") or oldest
 *     first ("the earliest ...")
 * @param topical the question names a topic (not only names, places, years and document types)
 * @param relaxation the question without the constraints read from its words, for when they find nothing
 * @param preferred names the question uses as topic words: reports in them come first
 * @param subject a follow-up's words for a new subject that no cited report has ("but about men"): reports holding
 *     one come first among those the names put first, or among all
 * @param avoided places the question looks beyond ("not just Italy"): reports filed under them alone come last
 * @param docTypes the document words a topical question uses ("issue papers": papers): reports titled by one come
 *     first among those the other orders put together
 */
public record Understanding(String question, String searchText, String expansion, String meaningText, Intent intent,
                            SearchFilter filter, List<String> applied, List<String> focus, Set<String> wants,
                            Set<String> seen, List<String> unknownTerms, int absentCommon, boolean followUp,
                            Order order, boolean topical, Relaxation relaxation,
                            List<SearchFilter.Scope> preferred, List<String> subject,
                            List<SearchFilter.Scope> avoided, List<String> docTypes) {

    /** Compiled once: every abstract sentence an answer considers is keyed. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Which reports come first among the relevant ones. */
    public enum Order { RANKING, NEWEST, OLDEST }

    /**
     * What to search when the constraints read from the question's words ({@code dropped}, as labels such
     * as "on Nepal" or "from 2022") find nothing relevant: the explicit filters alone, and the search words
     * with the dropped names put back; {@code bareYear} when all that was read is a year written alone or after
     * "in", which may be the year of what is asked about ("mass graves 2015"), not of publication.
     */
    public record Relaxation(SearchFilter filter, String searchText, List<String> dropped, boolean bareYear) {
        public Relaxation {
            dropped = List.copyOf(dropped);
        }

        public Relaxation(SearchFilter filter, String searchText, List<String> dropped) {
            this(filter, searchText, dropped, false);
        }

        public static Relaxation none(SearchFilter filter, String searchText) {
            return new Relaxation(filter, searchText, List.of());
        }
    }

    public Understanding {
        applied = List.copyOf(applied);
        focus = List.copyOf(focus);
        wants = Set.copyOf(wants);
        seen = Set.copyOf(seen);
        unknownTerms = List.copyOf(unknownTerms);
        relaxation = relaxation == null ? Relaxation.none(filter, searchText) : relaxation;
        order = order == null ? Order.RANKING : order;
        expansion = expansion == null ? "" : expansion;
        preferred = List.copyOf(preferred == null ? List.of() : preferred);
        subject = List.copyOf(subject == null ? List.of() : subject);
        avoided = List.copyOf(avoided == null ? List.of() : avoided);
        docTypes = List.copyOf(docTypes == null ? List.of() : docTypes);
    }

    /** The same question searched without the constraints its words implied. */
    public Understanding relaxed() {
        return new Understanding(question, relaxation.searchText(), expansion, meaningText, intent,
                relaxation.filter(), List.of(), focus, wants, seen, unknownTerms, absentCommon, followUp, order, true,
                Relaxation.none(relaxation.filter(), relaxation.searchText()), preferred, subject, avoided, docTypes);
    }

    /**
     * A builder starting from the plain reading of {@code question}: its own words searched and embedded, a topic
     * question, no filters, nothing applied, focused, wanted or seen, no unknown words, not a follow-up, in the
     * ranking's order, topical, with no relaxation beyond the filters. Set only what differs.
     */
    public static Builder of(String question) {
        return new Builder(question);
    }

    /** Builds an {@link Understanding} one named value at a time (its constructor takes sixteen). */
    public static final class Builder {
        private final String question;
        private String searchText;
        private String expansion = "";
        private String meaningText;
        private Intent intent = Intent.TOPIC;
        private SearchFilter filter = SearchFilter.NONE;
        private List<String> applied = List.of();
        private List<String> focus = List.of();
        private Set<String> wants = Set.of();
        private Set<String> seen = Set.of();
        private List<String> unknownTerms = List.of();
        private int absentCommon;
        private boolean followUp;
        private Order order;
        private boolean topical = true;
        private Relaxation relaxation;
        private List<SearchFilter.Scope> preferred = List.of();
        private List<String> subject = List.of();
        private List<SearchFilter.Scope> avoided = List.of();
        private List<String> docTypes = List.of();

        private Builder(String question) {
            this.question = question;
            this.searchText = question;
            this.meaningText = question;
        }

        public Builder searchText(String value) {
            searchText = value;
            return this;
        }

        public Builder expansion(String value) {
            expansion = value;
            return this;
        }

        public Builder meaningText(String value) {
            meaningText = value;
            return this;
        }

        public Builder intent(Intent value) {
            intent = value;
            return this;
        }

        public Builder filter(SearchFilter value) {
            filter = value;
            return this;
        }

        public Builder applied(List<String> value) {
            applied = value;
            return this;
        }

        public Builder focus(List<String> value) {
            focus = value;
            return this;
        }

        public Builder wants(Set<String> value) {
            wants = value;
            return this;
        }

        public Builder seen(Set<String> value) {
            seen = value;
            return this;
        }

        /** The question words found in no record, and how many everyday question words were. */
        public Builder absent(List<String> unknown, int common) {
            unknownTerms = unknown;
            absentCommon = common;
            return this;
        }

        public Builder followUp(boolean value) {
            followUp = value;
            return this;
        }

        public Builder order(Order value) {
            order = value;
            return this;
        }

        public Builder topical(boolean value) {
            topical = value;
            return this;
        }

        public Builder relaxation(Relaxation value) {
            relaxation = value;
            return this;
        }

        /** Names the question uses as topic words, not as constraints: reports in them come first. */
        public Builder preferred(List<SearchFilter.Scope> value) {
            preferred = value;
            return this;
        }

        /** A follow-up's words for a new subject no cited report has: reports holding one come first. */
        public Builder subject(List<String> value) {
            subject = value;
            return this;
        }

        /** Places the question looks beyond: reports filed under them alone come last. */
        public Builder avoided(List<SearchFilter.Scope> value) {
            avoided = value;
            return this;
        }

        /** The document words a topical question uses: reports titled by one come first. */
        public Builder docTypes(List<String> value) {
            docTypes = value;
            return this;
        }

        public Understanding build() {
            return new Understanding(question, searchText, expansion, meaningText, intent, filter, applied, focus,
                    wants, seen, unknownTerms, absentCommon, followUp, order, topical, relaxation, preferred, subject,
                    avoided, docTypes);
        }
    }

    /**
     * How sentences are compared for {@link #seen()}: lower case, punctuation and spacing ignored. The
     * one definition both the conversation (which records them) and the answer (which skips them) use.
     */
    public static String sentenceKey(String sentence) {
        return NOT_LETTERS.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
