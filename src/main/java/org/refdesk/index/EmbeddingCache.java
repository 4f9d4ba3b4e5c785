package org.refdesk.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import org.refdesk.library.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings already computed, keyed by model id + SHA-256 of the text, kept in one file per model
 * under the data directory. Saved atomically (temp file, fsync, move) with a CRC32 checked on load;
 * a damaged file is set aside and the cache starts empty. Not thread-safe: used by one sync at a time.
 */
public final class EmbeddingCache {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x52444543; // "RDEC"

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();
    private boolean dirty;

    private EmbeddingCache(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public static EmbeddingCache open(Path dataDir, String modelId) {
        EmbeddingCache cache = new EmbeddingCache(dataDir.resolve("embeddings-" + modelId + ".bin"));
        cache.load();
        return cache;
    }

    public static String key(String modelId, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public float[] get(String key) {
        return vectors.get(key);
    }

    public void put(String key, float[] vector) {
        vectors.put(key, vector);
        dirty = true;
    }

    public int size() {
        return vectors.size();
    }

    /** Keeps only the given keys (what the library still uses), so the file does not grow for ever. */
    public void retain(Set<String> keys) {
        dirty |= vectors.keySet().retainAll(keys);
    }

    public void save() {
        if (!dirty) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            AtomicFile.write(file, bytes.toByteArray());
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save embedding cache " + file, e);
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length < 16) {
                throw new IOException("file is too short");
            }
            CRC32 crc = new CRC32();
            crc.update(content, 0, content.length - 8);
            long stored = ByteBuffer.wrap(content, content.length - 8, 8).getLong();
            if (stored != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(content, 0, content.length - 8));
            if (in.readInt() != MAGIC) {
                throw new IOException("not an embedding cache");
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                vectors.put(key, v);
            }
        } catch (IOException | RuntimeException e) {
            vectors.clear();
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
            LOG.warn("Embedding cache {} is damaged ({}); moved to {} and starting empty", file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveError) {
                throw new UncheckedIOException("cannot move damaged cache " + file + " aside", moveError);
            }
        }
    }
}
