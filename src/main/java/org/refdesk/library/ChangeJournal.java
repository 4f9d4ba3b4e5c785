package org.refdesk.library;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes made to the library through the admin API (records added or updated, ids deleted), kept in
 * {@code library-changes.json} under the data directory so they outlive a restart and a rebuild from
 * {@code seeds/}. Every change is written to a temp file, synced and moved into place, with a SHA-256
 * trailer checked on load; a damaged file is set aside (never deleted). Thread-safe.
 */
public final class ChangeJournal {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeJournal.class);
    private static final String TRAILER = "\n#sha256 ";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Map<String, Publication> upserts = new LinkedHashMap<>();
    private final Set<String> deletes = new LinkedHashSet<>();

    private ChangeJournal(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public static ChangeJournal open(Path dataDir) {
        ChangeJournal journal = new ChangeJournal(dataDir.resolve("library-changes.json"));
        journal.load();
        return journal;
    }

    /** Records these additions or updates durably. */
    public synchronized void upsert(Collection<Publication> publications) {
        for (Publication p : publications) {
            upserts.put(p.id(), p);
            deletes.remove(p.id());
        }
        save();
    }

    /** Records this deletion durably. */
    public synchronized void delete(String id) {
        upserts.remove(id);
        deletes.add(id);
        save();
    }

    /** The seeds with the journal's changes applied: its records replace or extend them, its deletions remove. */
    public synchronized ParseResult applyTo(ParseResult seeds) {
        Map<String, Publication> merged = new LinkedHashMap<>();
        seeds.publications().forEach(p -> merged.put(p.id(), p));
        merged.putAll(upserts);
        deletes.forEach(merged::remove);
        return new ParseResult(seeds.file(), new ArrayList<>(merged.values()), seeds.problems());
    }

    public synchronized int size() {
        return upserts.size() + deletes.size();
    }

    private void save() {
        try {
            byte[] body = JSON.writeValueAsBytes(new Changes(List.copyOf(upserts.values()), List.copyOf(deletes)));
            String content = new String(body, StandardCharsets.UTF_8) + TRAILER + sha256(body) + "\n";
            AtomicFile.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save library changes to " + file, e);
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int at = content.lastIndexOf(TRAILER);
            if (at < 0) {
                throw new IOException("checksum trailer is missing");
            }
            byte[] body = content.substring(0, at).getBytes(StandardCharsets.UTF_8);
            if (!sha256(body).equals(content.substring(at + TRAILER.length()).strip())) {
                throw new IOException("checksum mismatch");
            }
            Changes changes = JSON.readValue(body, Changes.class);
            changes.upserts().forEach(p -> upserts.put(p.id(), p));
            deletes.addAll(changes.deletes());
        } catch (IOException | RuntimeException e) {
            upserts.clear();
            deletes.clear();
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
            LOG.error("Library changes file {} is damaged ({}); moved to {} — its changes are not applied",
                    file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveError) {
                throw new UncheckedIOException("cannot move damaged " + file + " aside", moveError);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The file's JSON body. */
    record Changes(List<Publication> upserts, List<String> deletes) {
        Changes {
            upserts = upserts == null ? List.of() : List.copyOf(upserts);
            deletes = deletes == null ? List.of() : List.copyOf(deletes);
        }
    }
}
