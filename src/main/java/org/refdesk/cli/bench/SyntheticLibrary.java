package org.refdesk.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;
import org.refdesk.index.IndexedPublication;
import org.refdesk.index.PublicationIndex;
import org.refdesk.library.Publication;

/**
 * Makes any number of synthetic publications from the seed collection's vocabulary: titles and
 * sentences of seed words (in their seed frequencies), places, categories and author names of the
 * seeds, and random unit vectors in place of embeddings, so building a large library costs no model
 * time. Record {@code i} is the same on every run. Thread-safe.
 */
final class SyntheticLibrary {

    private static final long SEED = 0x5EEDL;
    private static final int SENTENCES = 3;

    private final List<String> words;
    private final List<String> countries;
    private final List<String> regions;
    private final List<String> categories;
    private final List<String> firstNames;
    private final List<String> lastNames;
    private final int dimension;
    private final int companionDimension;

    SyntheticLibrary(List<Publication> seeds, int dimension) {
        this(seeds, dimension, 0);
    }

    /** With {@code companionDimension} above 0, every record also carries random companion-model vectors. */
    SyntheticLibrary(List<Publication> seeds, int dimension, int companionDimension) {
        Objects.requireNonNull(seeds, "seeds");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("the seed collection is empty; synthetic records need its words");
        }
        this.dimension = dimension;
        this.companionDimension = companionDimension;
        this.words = new ArrayList<>();
        seeds.forEach(p -> words.addAll(wordsOf(p.title() + " " + p.abstractText())));
        this.countries = distinct(seeds.stream().flatMap(p -> p.countries().stream()).toList(), "Worldwide");
        this.regions = distinct(seeds.stream().flatMap(p -> p.regions().stream()).toList(), "Worldwide");
        this.categories = distinct(seeds.stream().map(Publication::category).filter(Objects::nonNull).toList(),
                "Research");
        List<String> names = seeds.stream().flatMap(p -> p.authors().stream()).filter(a -> a.contains(" ")).toList();
        this.firstNames = distinct(names.stream().map(n -> n.substring(0, n.indexOf(' '))).toList(), "Alex");
        this.lastNames = distinct(names.stream().map(n -> n.substring(n.lastIndexOf(' ') + 1)).toList(), "Morgan");
    }

    /**
     * Writes records {@code 0..size-1} from one thread per processor (the HNSW graph is most of the cost)
     * and commits; each record is also handed to {@code also} with its number, from the writing thread.
     */
    void write(PublicationIndex index, int size, ObjIntConsumer<IndexedPublication> also) {
        IntStream.range(0, size).parallel().forEach(i -> {
            IndexedPublication record = record(i);
            index.upsert(record);
            also.accept(record, i);
        });
        index.commit();
    }

    IndexedPublication record(int i) {
        SplittableRandom random = new SplittableRandom(SEED * 31 + i);
        List<String> sentences = new ArrayList<>();
        List<float[]> sentenceVectors = new ArrayList<>();
        for (int s = 0; s < SENTENCES; s++) {
            sentences.add(sentence(random, 12 + random.nextInt(14)));
            sentenceVectors.add(unitVector(random, dimension));
        }
        List<String> authors = new ArrayList<>();
        for (int a = random.nextInt(3); a > 0; a--) {
            authors.add(pick(random, firstNames) + " " + pick(random, lastNames));
        }
        String title = capitalised(String.join(" ", draw(random, 4 + random.nextInt(6))));
        Publication p = new Publication("syn-" + i, title, String.join(" ", sentences),
                List.of(pick(random, countries)), List.of(pick(random, regions)), authors, List.of(),
                1995 + random.nextInt(31), pick(random, categories), null);
        float[] vector = unitVector(random, dimension);
        if (companionDimension <= 0) {
            return new IndexedPublication(p, "synthetic-" + i, vector, sentences, sentenceVectors);
        }
        // a stream of its own, so the primary vectors are those of a library without a companion
        SplittableRandom second = new SplittableRandom(SEED * 37 + i);
        return new IndexedPublication(p, "synthetic-" + i, vector, sentences, sentenceVectors,
                unitVector(second, companionDimension),
                sentences.stream().map(s -> unitVector(second, companionDimension)).toList());
    }

    /** Content words of the seeds (four letters or more), for questions. */
    List<String> topicWords() {
        return distinct(words.stream().filter(w -> w.length() >= 4).map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                "trafficking");
    }

    List<String> countries() {
        return countries;
    }

    static float[] unitVector(SplittableRandom random, int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) gaussian(random);
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private String sentence(SplittableRandom random, int length) {
        return capitalised(String.join(" ", draw(random, length))) + ".";
    }

    private List<String> draw(SplittableRandom random, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(pick(random, words));
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> wordsOf(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}'-]+")) {
            if (w.length() > 1 || w.equalsIgnoreCase("a")) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> distinct(List<String> values, String fallback) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(values));
        return out.isEmpty() ? List.of(fallback) : out;
    }
}
