package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refdesk.config.Settings;

/** A damaged index at start-up is moved aside and rebuilt from the seeds; readiness says so meanwhile. */
class IndexRecoveryIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"flip-bytes-in-largest-file", "truncate-segments-file"})
    void should_move_a_damaged_index_aside_and_rebuild_it_from_the_seeds(String damage) throws Exception {
        // given a synced library whose index is then damaged on disk
        Settings settings = LibraryFixture.settings(dir);
        TestLibrary.shared(dir, s -> s).close();
        Path index = settings.data().resolve("index");
        damage(index, damage);
        // when
        try (TestLibrary library = TestLibrary.unsynced(settings)) {
            App app = library.app();
            HttpResponse<String> during = library.get("/health/ready");
            String stateDuring = app.readiness().state();
            app.library().syncSeeds();
            // then
            assertThat(during.statusCode()).isEqualTo(503);
            JsonNode body = new ObjectMapper().readTree(during.body());
            assertThat(body.get("state").asText()).startsWith("rebuilding index after corruption");
            assertThat(stateDuring).startsWith("rebuilding index after corruption");
            assertThat(app.readiness().isReady()).isTrue();
            assertThat(app.catalog().size()).isEqualTo(10);
            try (Stream<Path> siblings = Files.list(settings.data())) {
                assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index.corrupt-")))
                        .hasSize(1);
            }
        }
    }

    private static void damage(Path index, String how) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            List<Path> all = files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList();
            if (how.startsWith("flip")) {
                Path largest = all.stream().max(Comparator.comparingLong(IndexRecoveryIT::size)).orElseThrow();
                try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
                    long at = f.length() / 2;
                    f.seek(at);
                    int b = f.read();
                    f.seek(at);
                    f.write(b ^ 0xFF);
                }
            } else {
                Path segments = all.stream().filter(p -> p.getFileName().toString().startsWith("segments_"))
                        .findFirst().orElseThrow();
                try (RandomAccessFile f = new RandomAccessFile(segments.toFile(), "rw")) {
                    f.setLength(f.length() / 2);
                }
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
