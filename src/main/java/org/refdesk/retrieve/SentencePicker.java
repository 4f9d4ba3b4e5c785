package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SentenceVectors;

/**
 * Chooses the abstract sentences that best answer a question: closeness in meaning (sentence vectors
 * computed at ingest) plus the distinctive question words a sentence contains. Sentences already quoted
 * in the conversation are passed over. Thread-safe.
 */
public final class SentencePicker {

    private static final double TERM_BONUS = 0.08;
    private static final Pattern LEANS_ON_PREVIOUS = Pattern.compile(
            "^(?:\\W*)(this|these|those|such|it|its|they|their|them|he|she|both|thus|therefore|however|moreover|"
            + "furthermore|in addition|additionally|as a result|consequently|likewise|similarly|the latter|"
            + "the former|in this context|to this end|in doing so)\\b"
            + "|\\b(this|these|those|such) (gap|gaps|findings|issue|issues|problem|problems|trend|trends|situation|"
            + "challenge|challenges|figures|results|shortcomings|concerns)\\b",
            Pattern.CASE_INSENSITIVE);
    private final PublicationIndex index;

    public SentencePicker(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Up to {@code max} sentences of the report, in the order they stand in the abstract. */
    public List<String> pick(String id, float[] query, List<String> terms, Set<String> seen, int max) {
        SentenceVectors sv = index.sentences(id).orElse(new SentenceVectors(List.of(), List.of()));
        List<Scored> scored = new ArrayList<>();
        Set<String> wanted = new HashSet<>(terms);
        double queryNorm = SentenceVectors.squaredNorm(query);
        List<Set<String>> sentenceTerms = sv.terms(index.analyzer()::terms);
        for (int i = 0; i < sv.sentences().size(); i++) {
            String sentence = sv.sentences().get(i);
            if (seen.contains(Understanding.sentenceKey(sentence))) {
                continue;
            }
            double meaning = i < sv.vectors().size() ? sv.cosine(query, queryNorm, i) : 0;
            long hits = sentenceTerms.get(i).stream().filter(wanted::contains).count();
            scored.add(new Scored(i, sentence, meaning + TERM_BONUS * hits));
        }
        List<Scored> best = scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(max)
                .toList();
        return withAntecedents(best, sv.sentences(), seen);
    }

    /**
     * A sentence that leans on the one before it ("These findings...", "aims to address this gap") is
     * quoted together with that sentence, so every extract reads on its own; in abstract order.
     */
    private static List<String> withAntecedents(List<Scored> picked, List<String> all, Set<String> seen) {
        TreeMap<Integer, String> out = new TreeMap<>();
        for (Scored s : picked) {
            out.put(s.position(), s.text());
            int i = s.position();
            while (i > 0 && LEANS_ON_PREVIOUS.matcher(all.get(i)).find()
                    && !seen.contains(Understanding.sentenceKey(all.get(i - 1)))) {
                i--;
                out.put(i, all.get(i));
            }
        }
        return List.copyOf(out.values());
    }

    private record Scored(int position, String text, double score) {
    }
}
