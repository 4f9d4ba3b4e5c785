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
 * abstracts and distinct sentences, index, commit, recalibrate), file by file of 50 records, the two sides
 * taking turns per file since the machine is shared. Not thread-safe.
 */
final class IngestBench {

    /** Records per file: the two sides alternate per file, so a busy spell on the machine hits both. */
    private static final int CHUNK = 50;
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
        rawModel.embedAll(segments(records.subList(0, Math.min(8, records.size()))));
        embedder.embedPassages(seeds.stream().map(Publication::title).toList());
        long modelNanos = 0;
        long refdeskNanos = 0;
        long modelCpu = 0;
        long refdeskCpu = 0;
        int refdeskEmbedded = 0;
        try (App app = App.open(settings.withStorage(settings.seeds(), work.resolve("ingest-data")), embedder)) {
            for (int from = 0, chunk = 0; from < records.size(); from += CHUNK, chunk++) {
                List<Publication> part = records.subList(from, Math.min(records.size(), from + CHUNK));
                Path file = write(part, work.resolve("ingest-" + chunk + ".jsonl"));
                for (int side = 0; side < 2; side++) {
                    long cpu = ProcessCpu.nanos();
                    long start = System.nanoTime();
                    if ((side + chunk) % 2 == 0) {
                        rawModel.embedAll(segments(part));
                        modelNanos += System.nanoTime() - start;
                        modelCpu += ProcessCpu.nanos() - cpu;
                    } else {
                        refdeskEmbedded += app.library().ingest(List.of(file)).sync().embedded();
                        refdeskNanos += System.nanoTime() - start;
                        refdeskCpu += ProcessCpu.nanos() - cpu;
                    }
                }
            }
        }
        double modelPerSec = records.size() / (modelNanos / 1e9);
        double refdeskPerSec = records.size() / (refdeskNanos / 1e9);
        return new BenchReport.Ingest(records.size(), Latencies.round(modelPerSec), Latencies.round(refdeskPerSec),
                Latencies.round(refdeskPerSec / modelPerSec), Latencies.round((double) modelCpu / refdeskCpu),
                records.size(), refdeskEmbedded, modelNanos / 1_000_000, refdeskNanos / 1_000_000);
    }

    private List<TextSegment> segments(List<Publication> records) {
        return records.stream().map(p -> TextSegment.from(passagePrefix + p.searchableText())).toList();
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
