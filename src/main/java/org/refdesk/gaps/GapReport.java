package org.refdesk.gaps;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refdesk.library.AtomicFile;
import org.refdesk.retrieve.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gap report: topics the library could not answer well, counted in {@code data/gaps.json}. Keeps only
 * each topic's normalised terms, its kind, a count and the first and last day (UTC); never a question's
 * text, a client's address or a time of day. Written atomically after each change; at most
 * {@link #MAX_TOPICS} topics, the least recently asked dropped first. Thread-safe.
 */
public final class GapReport {

    public static final int MAX_TOPICS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(GapReport.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Clock clock;
    private final GapClassifier classifier = new GapClassifier();
    private final Map<String, GapTopic> topics = new LinkedHashMap<>();

    private GapReport(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The report kept in {@code data/gaps.json}, loading what an earlier run counted. */
    public static GapReport open(Path dataDir, Clock clock) {
        GapReport report = new GapReport(dataDir.resolve("gaps.json"), clock);
        report.load();
        return report;
    }

    /** Counts this retrieval's topic if it shows a gap; a failed write is logged, never fails the answer. */
    public void observe(Retrieval r, List<String> distinctiveTerms) {
        classifier.classify(r, distinctiveTerms).ifPresent(this::record);
    }

    synchronized void record(GapClassifier.Gap gap) {
        String day = LocalDate.now(clock).toString();
        String key = gap.kind() + "\u0000" + gap.topic();
        GapTopic known = topics.remove(key);
        topics.put(key, known == null ? new GapTopic(gap.topic(), gap.terms(), gap.kind(), 1, day, day)
                : known.seenAgain(day));
        if (topics.size() > MAX_TOPICS) {
            // insertion order is recency order: each record moves its topic to the end
            topics.remove(topics.keySet().iterator().next());
        }
        try {
            Stored stored = new Stored(List.copyOf(topics.values()));
            AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
        } catch (IOException e) {
            LOG.warn("Cannot write the gap report {}: {}", file, e.toString());
        }
    }

    /** Every topic, most asked first (then most recent, then by name). */
    public synchronized List<GapTopic> topics() {
        return topics.values().stream().sorted(Comparator.comparingInt(GapTopic::count).reversed()
                .thenComparing(GapTopic::lastDay, Comparator.reverseOrder()).thenComparing(GapTopic::topic)).toList();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            stored.topics().stream().sorted(Comparator.comparing(GapTopic::lastDay))
                    .forEach(t -> topics.put(t.kind() + "\u0000" + t.topic(), t));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gap report " + file, e);
        }
    }

    /** The file's content. */
    record Stored(List<GapTopic> topics) {
        Stored {
            topics = List.copyOf(topics == null ? List.of() : topics);
        }
    }
}
