package org.refdesk.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change journal's file format: a header line, then one line per change, each {@code <checksum> <json>}
 * with its own SHA-256 (first 16 hex digits), so one damaged line costs that one change and no other.
 * Changes are written in batches (one admin operation) closed by an {@code end} line; a batch without
 * its end and no batch after it was being written when the process died, was never acknowledged, and
 * is not applied. Stateless and thread-safe.
 */
final class JournalFormat {

    static final String HEADER = "refdesk-library-changes 2\n";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private JournalFormat() {
    }

    /** One line: an upsert (with the record), a delete (with the id), or the end of batch {@code b}. */
    record Entry(long b, String op, Publication p, String id) {
        static Entry upsert(long b, Publication p) {
            return new Entry(b, "upsert", p, null);
        }

        static Entry delete(long b, String id) {
            return new Entry(b, "delete", null, id);
        }

        static Entry end(long b) {
            return new Entry(b, "end", null, null);
        }
    }

    /** What a file held: the changes of every finished batch in order, and what could not be read. */
    record Read(List<Entry> changes, List<Integer> damagedLines, int unfinished, long lastBatch, boolean clean) {
    }

    static byte[] encode(List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            byte[] json = JSON.writeValueAsBytes(e);
            out.write(checksum(json).getBytes(StandardCharsets.US_ASCII));
            out.write(' ');
            out.write(json);
            out.write('\n');
        }
        return out.toByteArray();
    }

    static boolean isCurrent(byte[] content) {
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        return content.length >= header.length && Arrays.equals(Arrays.copyOf(content, header.length), header);
    }

    /** Reads a file in this format (see {@link #isCurrent}); damaged lines are skipped and counted. */
    static Read decode(byte[] content) {
        Map<Long, List<Entry>> batches = new TreeMap<>();
        Map<Long, Boolean> ended = new TreeMap<>();
        List<Integer> damaged = new ArrayList<>();
        int start = HEADER.length();
        int lineNo = 1;
        boolean torn = false;
        while (start < content.length) {
            int end = indexOf(content, (byte) '\n', start);
            torn = end < 0;
            int stop = torn ? content.length : end;
            lineNo++;
            Entry entry = parse(Arrays.copyOfRange(content, start, stop));
            if (entry == null) {
                damaged.add(lineNo);
            } else if (entry.op().equals("end")) {
                ended.put(entry.b(), true);
            } else {
                batches.computeIfAbsent(entry.b(), k -> new ArrayList<>()).add(entry);
            }
            start = stop + 1;
        }
        long last = Math.max(batches.keySet().stream().mapToLong(Long::longValue).max().orElse(0),
                ended.keySet().stream().mapToLong(Long::longValue).max().orElse(0));
        List<Entry> changes = new ArrayList<>();
        int unfinished = 0;
        for (Map.Entry<Long, List<Entry>> batch : batches.entrySet()) {
            if (ended.containsKey(batch.getKey()) || batch.getKey() < last) {
                changes.addAll(batch.getValue());
            } else {
                unfinished += batch.getValue().size();
            }
        }
        if (torn && !damaged.isEmpty() && damaged.get(damaged.size() - 1) == lineNo && unfinished > 0) {
            damaged.remove(damaged.size() - 1); // the cut-off tail of that same unfinished batch
        }
        return new Read(changes, damaged, unfinished, last, damaged.isEmpty() && unfinished == 0 && !torn);
    }

    private static Entry parse(byte[] line) {
        int space = indexOf(line, (byte) ' ', 0);
        if (space != 16) {
            return null;
        }
        byte[] json = Arrays.copyOfRange(line, space + 1, line.length);
        if (!checksum(json).equals(new String(line, 0, space, StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            Entry e = JSON.readValue(json, Entry.class);
            boolean valid = switch (String.valueOf(e.op())) {
                case "upsert" -> e.p() != null;
                case "delete" -> e.id() != null;
                case "end" -> true;
                default -> false;
            };
            return valid ? e : null;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static String checksum(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
