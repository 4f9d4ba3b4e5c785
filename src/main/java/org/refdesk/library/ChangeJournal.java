package org.refdesk.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.refdesk.library.JournalFormat.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes made to the library through the admin API (records added or updated, ids deleted), kept in
 * {@code library-changes.json} under the data directory so they outlive a restart and a rebuild from
 * {@code seeds/}. Each change is appended and synced before it counts ({@link JournalFormat}: a checksum
 * per line, batches that are whole or not at all); a failed append is cut off again and throws
 * {@link WriteFault}, leaving file and memory as they were. A damaged line costs only its own change: every
 * intact one is recovered, and the start-up log says which lines were lost and where the damaged file was
 * copied. Thread-safe.
 */
public final class ChangeJournal {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeJournal.class);
    private final Path file;
    private Map<String, Publication> upserts = new LinkedHashMap<>();
    private Set<String> deletes = new LinkedHashSet<>();
    private long length;
    private long batch;
    private Undo undo;

    private ChangeJournal(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public static ChangeJournal open(Path dataDir) {
        ChangeJournal journal = new ChangeJournal(dataDir.resolve("library-changes.json"));
        journal.load();
        return journal;
    }

    /** Records these additions or updates durably, or throws {@link WriteFault} having recorded nothing. */
    public synchronized void upsert(Collection<Publication> publications) {
        long b = batch + 1;
        List<Entry> entries = new ArrayList<>();
        publications.forEach(p -> entries.add(Entry.upsert(b, p)));
        append(entries);
    }

    /** Records this deletion durably, or throws {@link WriteFault} having recorded nothing. */
    public synchronized void delete(String id) {
        append(List.of(Entry.delete(batch + 1, id)));
    }

    /**
     * Takes back the last change recorded (when the other half of the same operation, the index, failed):
     * the file is cut back to its length before it, and memory restored.
     */
    public synchronized void undoLast() {
        if (undo == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(undo.length());
            ch.force(true);
        } catch (IOException e) {
            LOG.error("Cannot take back the last change in {} ({}); it will be applied at the next start", file,
                    e.toString());
        }
        upserts = undo.upserts();
        deletes = undo.deletes();
        length = undo.length();
        batch = undo.batch();
        undo = null;
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

    private void append(List<Entry> changes) {
        long b = batch + 1;
        List<Entry> entries = new ArrayList<>(changes);
        entries.add(Entry.end(b));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            try {
                byte[] bytes = JournalFormat.encode(entries);
                if (ch.size() != length) {
                    ch.truncate(length); // what an earlier failed append left behind
                }
                ByteBuffer buf = ByteBuffer.wrap(length == 0 ? concat(JournalFormat.HEADER, bytes) : bytes);
                long end = length + buf.remaining();
                while (buf.hasRemaining()) {
                    ch.write(buf, end - buf.remaining());
                }
                ch.force(true);
                undo = new Undo(new LinkedHashMap<>(upserts), new LinkedHashSet<>(deletes), length, batch);
                length = end;
                batch = b;
            } catch (IOException | RuntimeException e) {
                cutBack(ch);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw WriteFault.of(e);
        }
        changes.forEach(this::apply);
    }

    private void cutBack(FileChannel ch) {
        try {
            ch.truncate(length);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot cut {} back yet ({}); done before the next change", file, e.toString());
        }
    }

    private void apply(Entry e) {
        if (e.op().equals("upsert")) {
            upserts.put(e.p().id(), e.p());
            deletes.remove(e.p().id());
        } else if (e.op().equals("delete")) {
            upserts.remove(e.id());
            deletes.add(e.id());
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            byte[] content = Files.readAllBytes(file);
            if (JournalFormat.isCurrent(content)) {
                JournalFormat.Read read = JournalFormat.decode(content);
                read.changes().forEach(this::apply);
                batch = read.lastBatch();
                length = content.length;
                if (!read.clean()) {
                    report(read);
                    rewrite(content, read.changes());
                }
            } else {
                List<Entry> legacy = LegacyJournal.read(file, content);
                legacy.forEach(this::apply);
                rewrite(content, legacy);
                LOG.info("Converted {} to the per-change format ({} changes)", file, legacy.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library changes from " + file, e);
        }
    }

    private void report(JournalFormat.Read read) {
        if (!read.damagedLines().isEmpty()) {
            LOG.warn("Library changes file {} is damaged: line(s) {} failed their checksum and are lost; {} intact "
                    + "change(s) recovered", file, read.damagedLines(), read.changes().size());
        }
        if (read.unfinished() > 0) {
            LOG.info("Library changes file {} ends with an unfinished change of {} record(s), cut short before it was "
                    + "acknowledged; not applied", file, read.unfinished());
        }
    }

    /** Keeps the file as read beside it, and writes what was recovered as one clean batch. */
    private void rewrite(byte[] original, List<Entry> recovered) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + ".before-" + System.currentTimeMillis());
        Files.write(copy, original);
        List<Entry> compact = new ArrayList<>();
        upserts.values().forEach(p -> compact.add(Entry.upsert(1, p)));
        deletes.forEach(id -> compact.add(Entry.delete(1, id)));
        compact.add(Entry.end(1));
        byte[] bytes = concat(JournalFormat.HEADER, JournalFormat.encode(compact));
        AtomicFile.write(file, bytes);
        length = bytes.length;
        batch = 1;
        LOG.info("The file as it was is kept in {}; {} now holds the {} recovered change(s)", copy.getFileName(),
                file.getFileName(), recovered.size());
    }

    private static byte[] concat(String header, byte[] bytes) {
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[h.length + bytes.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(bytes, 0, out, h.length, bytes.length);
        return out;
    }

    private record Undo(Map<String, Publication> upserts, Set<String> deletes, long length, long batch) {
    }
}
