package org.refdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link RealParts} on the bundled seeds for one test class: built in a fresh temp folder before the class,
 * closed and deleted after it. Register as {@code @RegisterExtension static final BundledSeedParts SEEDS}.
 */
public final class BundledSeedParts implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private RealParts parts;

    public RealParts parts() {
        return parts;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("refdesk-parts");
        parts = RealParts.onBundledSeeds(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        parts.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
