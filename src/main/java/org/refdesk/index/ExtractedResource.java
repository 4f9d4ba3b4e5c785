package org.refdesk.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A classpath resource packed (compressed) in a jar, kept as a plain file in a folder so that a restart reads
 * the file instead of inflating the jar entry again. The copy is used only while its size and CRC-32 equal
 * the jar entry's (a new jar or a damaged copy is extracted afresh, written beside and moved into place).
 */
final class ExtractedResource {

    private ExtractedResource() {
    }

    /** The resource as a file: itself when it is a file already, else its checked copy in {@code folder}. */
    static Optional<Path> file(String name, Path folder) throws IOException {
        URL url = ExtractedResource.class.getClassLoader().getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Optional.of(Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        connection.setUseCaches(false);
        JarEntry entry = jar.getJarEntry();
        Path target = folder.resolve(Path.of(name).getFileName().toString());
        if (entry.getSize() >= 0 && Files.isRegularFile(target) && Files.size(target) == entry.getSize()
                && crc(target) == entry.getCrc()) {
            return Optional.of(target);
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return Optional.of(target);
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
