package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.config.Settings;
import org.refdesk.index.EmbeddingModels;
import org.refdesk.index.IndexRecovery;
import org.refdesk.index.PublicationIndex;

/**
 * kill -9 of a real {@code refdesk ingest} child process while it writes: the index then holds the
 * previous or the new state, never a torn one, and re-running the ingest completes it without duplicates.
 */
class IngestCrashIT {

    private static final int RECORDS = 120;
    @TempDir
    Path dir;

    @Test
    void should_serve_the_old_or_new_state_after_kill_9_and_complete_on_rerun() throws Exception {
        // given a synced library and a big file to ingest
        Settings settings = LibraryFixture.settings(dir);
        TestLibrary.shared(dir, s -> s).close();
        Path big = bigFile(dir.resolve("big.jsonl"));
        // the last model's cache is saved just before the records are written (the companion's, by default)
        List<EmbeddingModels.Choice> models = EmbeddingModels.choices(Settings.DEFAULT_MODEL);
        Path cache = settings.data().resolve("embeddings-" + models.get(models.size() - 1).id() + ".bin");
        FileTime before = Files.getLastModifiedTime(cache);
        // when the child is killed as soon as it starts writing (embedding cache saved, commit pending or running)
        Process child = ingest(settings, big);
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(cache.resolveSibling(cache.getFileName() + ".tmp"))
                    || !Files.getLastModifiedTime(cache).equals(before)) {
                child.destroyForcibly();
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(2);
        }
        child.waitFor(1, TimeUnit.MINUTES);
        // then the index opens cleanly with either the old or the new records
        int afterKill = indexed(settings).size();
        assertThat(killedWhileWriting).as("child was killed in its write phase").isTrue();
        assertThat(afterKill).isIn(10, 10 + RECORDS);
        // and when the ingest runs again it completes without duplicates
        Process rerun = ingest(settings, big);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = new String(rerun.getInputStream().readAllBytes());
        assertThat(rerun.exitValue()).as(out).isZero();
        Counts done = indexed(settings);
        assertThat(done.size()).isEqualTo(10 + RECORDS);
        assertThat(done.distinctIds()).isEqualTo(done.size());
    }

    private record Counts(int size, int distinctIds) {
    }

    private static Counts indexed(Settings settings) {
        IndexRecovery.Opened opened = IndexRecovery.open(settings.data().resolve("index"), Settings.DEFAULT_MODEL);
        try (PublicationIndex index = opened.index()) {
            assertThat(opened.recovered()).as("index needed no recovery").isFalse();
            Map<String, String> hashes = index.hashes();
            return new Counts(index.size(), hashes.size());
        }
    }

    private static Process ingest(Settings settings, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.refdesk.cli.Main", "ingest", "--seeds", settings.seeds().toString(), "--data",
                settings.data().toString(), file.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).directory(new File(".")).start();
    }

    private static Path bigFile(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        String[] topics = {"labour migration", "online recruitment", "child protection", "victim referral",
            "border screening", "debt bondage"};
        for (int i = 0; i < RECORDS; i++) {
            String topic = topics[i % topics.length];
            out.append("{\"id\":\"gen-").append(i).append("\",\"title\":\"Field report ").append(i).append(" on ")
                    .append(topic).append("\",\"abstract\":\"Report ").append(i).append(" studies ").append(topic)
                    .append(" in district ").append(i * 7).append(". It finds gaps in case ").append(i)
                    .append(" handling and proposes remedies.\",\"year\":").append(2000 + i % 24).append("}\n");
        }
        return Files.writeString(file, out);
    }
}
