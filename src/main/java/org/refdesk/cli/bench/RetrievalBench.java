package org.refdesk.cli.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import java.util.Objects;
import org.refdesk.answer.AskService;
import org.refdesk.retrieve.Question;

/**
 * Times refdesk's full retrieval (question understanding, query embedding, BM25 + HNSW search, fusion,
 * gate) against the textbook LangChain4j way (embed the question, brute-force search an
 * {@link InMemoryEmbeddingStore}) on the same records and the same never-seen questions, one after the
 * other per question so machine noise falls on both. Not thread-safe.
 */
final class RetrievalBench {

    /** What refdesk keeps after fusion; the baseline returns as many. */
    private static final int TOP = 12;
    private static final int WARMUP = 20;

    private final EmbeddingModel rawModel;
    private final String queryPrefix;
    private final QuestionMaker questions;

    RetrievalBench(EmbeddingModel rawModel, String queryPrefix, QuestionMaker questions) {
        this.rawModel = Objects.requireNonNull(rawModel, "rawModel");
        this.queryPrefix = Objects.requireNonNull(queryPrefix, "queryPrefix");
        this.questions = Objects.requireNonNull(questions, "questions");
    }

    BenchReport.RetrievalRow measure(int size, AskService ask, InMemoryEmbeddingStore<TextSegment> store, int n,
                                     long buildMs, int segments) {
        for (String q : questions.make(WARMUP, -size)) {
            ask.retrieve(Question.of(q));
            baseline(q, store, new Latencies(), new Latencies());
        }
        List<String> measured = questions.make(n, size);
        Latencies refdesk = new Latencies();
        Latencies inMemory = new Latencies();
        Latencies embedding = new Latencies();
        Latencies searchOnly = new Latencies();
        long refdeskCpu = 0;
        long embeddingCpu = 0;
        long inMemoryCpu = 0;
        for (String q : measured) {
            long cpu = ProcessCpu.nanos();
            long start = System.nanoTime();
            ask.retrieve(Question.of(q));
            refdesk.add(System.nanoTime() - start);
            long between = ProcessCpu.nanos();
            inMemory.add(baseline(q, store, embedding, searchOnly));
            refdeskCpu += between - cpu;
            inMemoryCpu += ProcessCpu.nanos() - between;
        }
        for (String q : measured) {
            long cpu = ProcessCpu.nanos();
            rawModel.embed(queryPrefix + q + " ").content();
            embeddingCpu += ProcessCpu.nanos() - cpu;
        }
        Latencies cached = new Latencies();
        for (String q : measured) {
            long start = System.nanoTime();
            ask.retrieve(Question.of(q));
            cached.add(System.nanoTime() - start);
        }
        double refdeskP50 = refdesk.percentileMs(50);
        double speedup = refdeskP50 == 0 ? 0 : Latencies.round(inMemory.percentileMs(50) / refdeskP50);
        return new BenchReport.RetrievalRow(size, true, refdesk.percentiles(), inMemory.percentiles(), speedup,
                cached.percentiles(), searchOnly.percentiles(), embedding.percentiles(),
                Latencies.round(refdeskCpu / 1e6 / n), Latencies.round(inMemoryCpu / 1e6 / n),
                Latencies.round(embeddingCpu / 1e6 / n), buildMs, segments);
    }

    /** Embeds the question as LangChain4j's textbook RAG does (no cache) and brute-force searches the store. */
    private long baseline(String q, InMemoryEmbeddingStore<TextSegment> store, Latencies embedding,
                          Latencies searchOnly) {
        long start = System.nanoTime();
        Embedding query = rawModel.embed(queryPrefix + q).content();
        long embedded = System.nanoTime();
        store.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(TOP).build());
        long end = System.nanoTime();
        embedding.add(embedded - start);
        searchOnly.add(end - embedded);
        return end - start;
    }
}
