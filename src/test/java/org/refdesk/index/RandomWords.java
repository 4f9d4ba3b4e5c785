package org.refdesk.index;

import java.util.SplittableRandom;

/** Text of made-up words ("w17") from a vocabulary whose first words are far more common, as in real text. */
record RandomWords(int vocabulary, int skew) {

    /** {@code n} words separated by spaces. */
    String text(SplittableRandom random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(word(random)).append(' ');
        }
        return out.toString();
    }

    /** One word: the vocabulary index is {@code vocabulary × u^skew} for a uniform u. */
    String word(SplittableRandom random) {
        return "w" + (int) (vocabulary * Math.pow(random.nextDouble(), skew));
    }
}
