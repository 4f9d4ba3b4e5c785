package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FeedbackTextTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void should_read_back_from_the_index_what_analysing_the_text_again_gives() {
        // given a title and abstract with repeated words, numbers, short words and accents
        List<String> analysed = analyzer.terms("Re-trafficking of Nepali women\nWomen returned in 2015 to Nepal "
                + "were re-trafficked; the 2015 earthquake, Klaffenböck's study and UN data on women (n = 287).");
        Map<String, Integer> frequencies = Map.of("women", 40, "nepal", 12);
        ToIntFunction<String> docFreq = t -> frequencies.getOrDefault(t, 1);

        // when it is encoded at indexing and decoded at question time
        byte[] padded = new byte[3];
        byte[] encoded = FeedbackText.encode(analysed);
        byte[] shifted = new byte[encoded.length + padded.length];
        System.arraycopy(encoded, 0, shifted, padded.length, encoded.length);
        FeedbackText read = FeedbackText.decode(new BytesRef(shifted, padded.length, encoded.length), docFreq);

        // then it is the same feedback text as analysing again
        FeedbackText fresh = FeedbackText.of(analysed, docFreq);
        assertThat(read.length()).isEqualTo(fresh.length());
        assertThat(read.terms()).containsExactly(fresh.terms());
        assertThat(read.counts()).containsExactly(fresh.counts());
        assertThat(read.docFreqs()).containsExactly(fresh.docFreqs());
        assertThat(read.terms()).contains("women", "klaffenbock").doesNotContain("2015", "un");
    }

    @Test
    void should_encode_an_empty_text() {
        FeedbackText read = FeedbackText.decode(new BytesRef(FeedbackText.encode(List.of())), t -> 1);

        assertThat(read.length()).isZero();
        assertThat(read.terms()).isEmpty();
    }
}
