package org.refdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.refdesk.answer.AskService;
import org.refdesk.answer.ExtractiveComposer;
import org.refdesk.answer.ListSummary;
import org.refdesk.retrieve.SentencePicker;
import org.refdesk.answer.Suggester;
import org.refdesk.index.Embedder;
import org.refdesk.index.IndexSync;
import org.refdesk.index.PublicationIndex;
import org.refdesk.library.CollectionReader;
import org.refdesk.retrieve.AbstentionGate;
import org.refdesk.retrieve.Calibration;
import org.refdesk.retrieve.Calibrator;
import org.refdesk.retrieve.Catalog;
import org.refdesk.retrieve.HybridRetriever;
import org.refdesk.retrieve.QueryUnderstanding;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Understanding;

/**
 * The retrieval and answer classes built by hand on the bundled seeds, for tests that call one of them
 * directly: a real Lucene index in {@code dir}, the real ONNX model (shared, see {@link LibraryFixture}),
 * the calibration measured as at start-up. The parts are wired as {@code App} wires them.
 */
public record RealParts(PublicationIndex index, Embedder embedder, QueryUnderstanding understanding,
                        AbstentionGate gate, HybridRetriever retriever, ExtractiveComposer composer,
                        Suggester suggester, AskService ask, Calibration calibration, int newestYear) implements AutoCloseable {

    /** The bundled seeds synced into a fresh index under {@code dir}. */
    public static RealParts onBundledSeeds(Path dir) throws Exception {
        Embedder embedder = LibraryFixture.embedder();
        Path seeds = LibraryFixture.settings(dir).seeds();
        PublicationIndex index = PublicationIndex.open(dir.resolve("index"), embedder.modelId());
        new IndexSync(index, embedder, Files.createDirectories(dir.resolve("data")))
                .sync(new CollectionReader().readDirectory(seeds).publications());
        Calibration calibration = new Calibrator().calibrate(index, embedder);
        LibraryMaintenance.Profile profile = LibraryMaintenance.Profile.of(index.search().facetValues(), calibration);
        int newest = profile.newestYear();
        QueryUnderstanding understanding = new QueryUnderstanding(index, profile::vocabulary);
        AbstentionGate gate = new AbstentionGate(index, understanding);
        HybridRetriever retriever = new HybridRetriever(index, embedder, gate, () -> calibration);
        ExtractiveComposer composer = new ExtractiveComposer(new SentencePicker(index), embedder::embedQuery,
                new ListSummary(new Catalog(index)::facetsOfMatching));
        Suggester suggester = new Suggester(profile::facets);
        AskService ask = new AskService(understanding, retriever, composer, suggester, () -> newest);
        return new RealParts(index, embedder, understanding, gate, retriever, composer, suggester, ask, calibration,
                newest);
    }

    /** What the question is understood as, with no history and no filters. */
    public Understanding understand(String question) {
        return understanding.understand(new Question(question, List.of(), null), newestYear);
    }

    @Override
    public void close() {
        index.close();
    }
}
