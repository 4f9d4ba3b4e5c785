package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.App;
import org.refdesk.LibraryMaintenance;
import org.refdesk.TestLibrary;
import org.refdesk.index.Embedder;
import org.refdesk.index.EmbeddingCache;

class IndexSyncIT {

    @Test
    void should_embed_nothing_on_a_restart_with_unchanged_seeds(@TempDir Path dir) {
        // given a library synced once
        try (TestLibrary first = TestLibrary.start(dir)) {
            assertThat(first.app().catalog().size()).isEqualTo(10);
        }
        // when it starts again on the same seeds and data
        try (TestLibrary second = TestLibrary.start(dir)) {
            LibraryMaintenance.Loaded again = second.app().library().syncSeeds();
            // then nothing is embedded and nothing changes
            assertThat(again.sync().embedded()).isZero();
            assertThat(again.sync().unchanged()).isEqualTo(10);
            assertThat(second.app().embedder().passagesEmbedded()).isZero();
        }
    }

    @Test
    void should_add_change_and_remove_records_as_the_seeds_do(@TempDir Path dir) throws Exception {
        try (TestLibrary library = TestLibrary.start(dir)) {
            // given an extra JSON Lines seed
            Files.writeString(library.seeds().resolve("extra.jsonl"),
                    "{\"id\":\"x1\",\"title\":\"Labour exploitation in fishing\",\"abstract\":\"Forced labour on fishing vessels.\",\"year\":2021}\n");
            LibraryMaintenance.Loaded added = library.app().library().syncSeeds();
            assertThat(added.sync().added()).isEqualTo(1);
            // the record and its one sentence, by the primary model and its companion
            assertThat(added.sync().embedded()).isEqualTo(4);
            // when the record changes
            Files.writeString(library.seeds().resolve("extra.jsonl"),
                    "{\"id\":\"x1\",\"title\":\"Labour exploitation in fishing\",\"abstract\":\"Forced labour at sea.\",\"year\":2021}\n");
            LibraryMaintenance.Loaded changed = library.app().library().syncSeeds();
            assertThat(changed.sync().updated()).isEqualTo(1);
            assertThat(changed.sync().embedded()).isEqualTo(4);
            // and is removed
            Files.delete(library.seeds().resolve("extra.jsonl"));
            LibraryMaintenance.Loaded removed = library.app().library().syncSeeds();
            assertThat(removed.sync().removed()).isEqualTo(1);
            assertThat(library.app().catalog().find("x1")).isEmpty();
        }
    }

    @Test
    void should_drop_a_removed_records_embeddings_from_the_cache_and_leave_an_unchanged_sync_alone(@TempDir Path dir)
            throws Exception {
        try (TestLibrary library = TestLibrary.start(dir)) {
            App app = library.app();
            int seeded = cached(app);
            // given an extra record, synced, and a sync that finds nothing changed
            Files.writeString(library.seeds().resolve("extra.jsonl"),
                    "{\"id\":\"x1\",\"title\":\"Labour exploitation in fishing\",\"abstract\":\"Forced labour on fishing vessels.\",\"year\":2021}\n");
            app.library().syncSeeds();
            LibraryMaintenance.Loaded unchanged = app.library().syncSeeds();
            assertThat(unchanged.sync().unchanged()).isEqualTo(11);
            assertThat(cached(app)).isEqualTo(seeded + 2);
            // when the record leaves the seeds
            Files.delete(library.seeds().resolve("extra.jsonl"));
            app.library().syncSeeds();
            // then its two embeddings leave the cache with it
            assertThat(cached(app)).isEqualTo(seeded);
        }
    }

    private static int cached(App app) {
        return EmbeddingCache.open(app.settings().data(), app.embedder().ownModelId()).size();
    }

    @Test
    void should_embed_every_record_and_sentence_with_the_companion_model_too(@TempDir Path dir) {
        try (TestLibrary library = TestLibrary.start(dir)) {
            // given the default models: a primary one and its companion
            App app = library.app();
            Embedder companion = app.embedder().companion().orElseThrow();

            // when the library is loaded, then the companion's cache holds as many texts as the primary's
            int primary = cached(app);
            assertThat(primary).isGreaterThan(10);
            assertThat(EmbeddingCache.open(app.settings().data(), companion.ownModelId()).size()).isEqualTo(primary);
        }
    }

    @Test
    void should_keep_ingested_records_through_the_next_start_up_sync(@TempDir Path dir) throws Exception {
        // given a record ingested from a file outside seeds/
        Path upload = Files.writeString(dir.resolve("upload.jsonl"),
                "{\"id\":\"u1\",\"title\":\"Debt bondage in brick kilns\",\"abstract\":\"Families in debt.\",\"year\":2019}\n");
        try (TestLibrary library = TestLibrary.start(dir)) {
            library.app().library().ingest(java.util.List.of(upload));
        }
        // when refdesk starts again and syncs seeds/
        try (TestLibrary again = TestLibrary.start(dir)) {
            // then the ingested record is still there
            assertThat(again.app().catalog().find("u1")).isPresent();
            assertThat(again.app().catalog().size()).isEqualTo(11);
        }
    }
}
