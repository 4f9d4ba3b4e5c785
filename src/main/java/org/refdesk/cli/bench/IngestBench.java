package org.refdesk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.refdesk.App;
import org.refdesk.config.Settings;
import org.refdesk.index.Embedder;
import org.refdesk.library.Publication;
import org.refdesk.library.SentenceSplitter;

/**
 * Raw model throughput (LangChain4j {@code embedAll} over the abstracts) against refdesk's whole ingest
 * of the same records from a JSON-lines file into an empty data folder (parse, hash, split, embed
 * abstracts and distinct sentences, index, commit, recalibrate). Two alternating rounds; the best of each
 * side counts, since the machine is shared. Not thread-safe.
 */
final class IngestBench {

    private static final int ROUNDS = 2;
    private final Settings settings;
    private final Embedder embedder;
    private final EmbeddingModel rawModel;
    private final String passagePrefix;

    IngestBench(Settings settings, Embedder embedder, EmbeddingModel rawModel, String passagePrefix) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.rawModel = Objects.requireNonNull(rawModel, "rawModel");
        this.passagePrefix = Objects.requireNonNull(passagePrefix, "passagePrefix");
    }

    BenchReport.Ingest run(List<Publication> seeds, int texts, Path work) {
        List<Publication> records = records(seeds, texts);
        Path file = write(records, work.resolve("ingest.jsonl"));
        List<TextSegment> segments = records.stream().map(p -> TextSegment.from(passagePrefix + p.searchableText()))
                .toList();
        rawModel.embedAll(segments.subList(0, Math.min(8, segments.size())));
        embedder.embedPassages(seeds.stream().map(Publication::title).toList());
        long modelNanos = Long.MAX_VALUE;
        long refdeskNanos = Long.MAX_VALUE;
        int refdeskEmbedded = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            rawModel.embedAll(segments);
            modelNanos = Math.min(modelNanos, System.nanoTime() - start);
            Path data = work.resolve("ingest-data-" + round);
            try (App app = App.open(settings.withStorage(settings.seeds(), data), embedder)) {
                start = System.nanoTime();
                App.Loaded loaded = app.ingest(List.of(file));
                refdeskNanos = Math.min(refdeskNanos, System.nanoTime() - start);
                refdeskEmbedded = loaded.sync().embedded();
            }
        }
        double modelPerSec = records.size() / (modelNanos / 1e9);
        double refdeskPerSec = records.size() / (refdeskNanos / 1e9);
        return new BenchReport.Ingest(records.size(), Latencies.round(modelPerSec), Latencies.round(refdeskPerSec),
                Latencies.round(refdeskPerSec / modelPerSec), records.size(), refdeskEmbedded, modelNanos / 1_000_000,
                refdeskNanos / 1_000_000);
    }

    /** The seeds, then variants: a seed's metadata over three to six sentences drawn from all seed abstracts. */
    static List<Publication> records(List<Publication> seeds, int texts) {
        List<String> sentences = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        seeds.forEach(p -> sentences.addAll(splitter.split(p.abstractText())));
        List<Publication> out = new ArrayList<>(seeds.subList(0, Math.min(texts, seeds.size())));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; out.size() < texts; i++) {
            Publication p = seeds.get(i % seeds.size());
            List<String> picked = new ArrayList<>();
            for (int s = 3 + random.nextInt(4); s > 0; s--) {
                picked.add(sentences.get(random.nextInt(sentences.size())));
            }
            out.add(new Publication("variant-" + i, p.title() + " (variant " + i + ")", String.join(" ", picked),
                    p.countries(), p.regions(), p.authors(), List.of(), p.year(), p.category(), null));
        }
        return out;
    }

    private static Path write(List<Publication> records, Path file) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        try {
            for (Publication p : records) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", p.id());
                row.put("title", p.title());
                row.put("abstract", p.abstractText());
                row.put("countries", p.countries());
                row.put("regions", p.regions());
                row.put("authors", p.authors());
                row.put("year", p.year() == null ? "" : p.year().toString());
                row.put("category", p.category() == null ? "" : p.category());
                out.append(json.writeValueAsString(row)).append('\n');
            }
            Files.createDirectories(file.getParent());
            return Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
