package org.refdesk.library;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses CSV exports with a header row naming the publication fields; list fields hold values
 * separated by ';' or '|'. Thread-safe.
 */
public final class CsvParser {

    private final CsvMapper mapper = new CsvMapper();

    public ParseResult parse(String file, String content) {
        List<Publication> pubs = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                .readValues(content.replace("\uFEFF", ""))) {
            while (true) {
                int line = rows.getCurrentLocation().getLineNr();
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    line = rows.getCurrentLocation().getLineNr();
                    Map<String, String> row = new LinkedHashMap<>(rows.nextValue());
                    row.values().removeIf(v -> v == null || v.isBlank());
                    pubs.add(FieldMapper.publication(row));
                } catch (InvalidRecordException e) {
                    problems.add(new ParseProblem(file, line, e.getMessage()));
                } catch (RuntimeJsonMappingException e) {
                    problems.add(new ParseProblem(file, line, "malformed CSV row: " + e.getMessage()));
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ParseProblem(file, 1, "malformed CSV: " + e.getMessage()));
        }
        return new ParseResult(file, pubs, problems);
    }
}
