package org.refdesk.library;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the journal's first format (one JSON object with a SHA-256 trailer), for conversion. A checksum
 * mismatch whose JSON still parses is recovered with a warning (a flipped byte inside a value); JSON that
 * does not parse stops the start with one line naming the file, rather than dropping its changes.
 */
final class LegacyJournal {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyJournal.class);
    private static final String TRAILER = "\n#sha256 ";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private LegacyJournal() {
    }

    static List<JournalFormat.Entry> read(Path file, byte[] bytes) {
        String content = new String(bytes, StandardCharsets.UTF_8);
        int at = content.lastIndexOf(TRAILER);
        byte[] body = (at < 0 ? content : content.substring(0, at)).getBytes(StandardCharsets.UTF_8);
        String expected = at < 0 ? "" : content.substring(at + TRAILER.length()).strip();
        Changes changes;
        try {
            changes = JSON.readValue(body, Changes.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("library changes file " + file + " is damaged and cannot be read ("
                    + e.getClass().getSimpleName() + "); restore it from a backup or move it away to start without "
                    + "the admin changes");
        }
        if (!sha256(body).equals(expected)) {
            LOG.warn("Library changes file {} fails its checksum but still reads: {} upserts and {} deletes "
                    + "recovered; check them", file, changes.upserts().size(), changes.deletes().size());
        }
        List<JournalFormat.Entry> entries = new ArrayList<>();
        changes.upserts().forEach(p -> entries.add(JournalFormat.Entry.upsert(1, p)));
        changes.deletes().forEach(id -> entries.add(JournalFormat.Entry.delete(1, id)));
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The first format's JSON body. */
    record Changes(List<Publication> upserts, List<String> deletes) {
        Changes {
            upserts = upserts == null ? List.of() : List.copyOf(upserts);
            deletes = deletes == null ? List.of() : List.copyOf(deletes);
        }
    }
}
