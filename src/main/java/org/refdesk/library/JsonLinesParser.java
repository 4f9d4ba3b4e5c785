package org.refdesk.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses JSON Lines exports: one JSON object per line with the publication fields. Thread-safe. */
public final class JsonLinesParser {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private final ObjectMapper mapper = new ObjectMapper();

    public ParseResult parse(String file, String content) {
        List<Publication> pubs = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (!line.startsWith("{")) {
                    throw new InvalidRecordException("line is not a JSON object");
                }
                pubs.add(FieldMapper.publication(mapper.readValue(line, OBJECT)));
            } catch (JsonProcessingException e) {
                problems.add(new ParseProblem(file, i + 1, "malformed JSON: " + e.getOriginalMessage()));
            } catch (InvalidRecordException e) {
                problems.add(new ParseProblem(file, i + 1, e.getMessage()));
            }
        }
        return new ParseResult(file, pubs, problems);
    }
}
