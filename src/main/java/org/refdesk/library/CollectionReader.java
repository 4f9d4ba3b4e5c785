package org.refdesk.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads collection files of any supported format, chosen by extension ({@code .jsonl}, {@code .csv};
 * anything else is a listing page) or, for a request body, by its first character. Thread-safe.
 */
public final class CollectionReader {

    private final ListingPageParser listing = new ListingPageParser();
    private final JsonLinesParser jsonLines = new JsonLinesParser();
    private final CsvParser csv = new CsvParser();

    /**
     * Checks that the seeds folder exists before anything slow starts (the embedding model loads in native code,
     * and the JVM must not exit while it does).
     */
    public static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new MissingSeedsFolder(dir);
        }
    }

    /** Every collection file directly in {@code dir}, in name order; {@link MissingSeedsFolder} when there is none. */
    public ParseResult readDirectory(Path dir) {
        requireDirectory(dir);
        List<ParseResult> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                parts.add(readFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return ParseResult.merge(dir.toString(), parts);
    }

    public ParseResult readFile(Path file) {
        String name = file.toString();
        try {
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return parse(name, content, formatOf(name));
        } catch (CharacterCodingException e) {
            return new ParseResult(name, List.of(), List.of(new ParseProblem(name, 1, "file is not valid UTF-8")));
        } catch (IOException e) {
            return new ParseResult(name, List.of(), List.of(new ParseProblem(name, 1, "cannot read file: "
                    + e.getMessage())));
        }
    }

    public ParseResult parse(String name, String content, Format format) {
        return switch (format) {
            case JSONL -> jsonLines.parse(name, content);
            case CSV -> csv.parse(name, content);
            case LISTING -> listing.parse(name, content);
        };
    }

    public static Format formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Format.JSONL;
        }
        return lower.endsWith(".csv") ? Format.CSV : Format.LISTING;
    }

    /** Guesses the format of a body sent without a file name. */
    public static Format sniff(String content) {
        String start = content.stripLeading();
        if (start.startsWith("{")) {
            return Format.JSONL;
        }
        String firstLine = start.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return firstLine.contains("title") && firstLine.contains(",") ? Format.CSV : Format.LISTING;
    }

    /** The supported collection formats. */
    public enum Format { LISTING, JSONL, CSV }
}
