package org.refdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.refdesk.library.Filters;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Turn;

/** Reads and validates ask requests; every problem becomes a 400 that names the field. Thread-safe. */
final class RequestReader {

    static final int MAX_QUESTION = 2000;
    static final int MAX_HISTORY = 20;
    static final int MAX_TURN = 20_000;
    static final int MAX_SOURCES = 50;
    private static final Pattern CONTROLS =
            Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u0085]");
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);

    {
        // a number or boolean where text belongs is the wrong type, not text to be guessed from
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }

    Question question(String body) {
        AskRequest req = parse(body);
        if (req == null || req.question() == null || req.question().isBlank()) {
            throw new ApiException(400, "question must not be empty");
        }
        if (req.question().length() > MAX_QUESTION) {
            throw new ApiException(400, "question must be at most " + MAX_QUESTION + " characters");
        }
        List<AskRequest.HistoryTurn> history = req.history() == null ? List.of() : req.history();
        if (history.size() > MAX_HISTORY) {
            throw new ApiException(400, "history must have at most " + MAX_HISTORY + " turns");
        }
        for (int i = 0; i < history.size(); i++) {
            AskRequest.HistoryTurn t = history.get(i);
            if (t == null || !("user".equals(t.role()) || "assistant".equals(t.role()))) {
                throw new ApiException(400, "history[" + i + "].role must be 'user' or 'assistant'");
            }
            if (t.content() != null && t.content().length() > MAX_TURN) {
                throw new ApiException(400, "history[" + i + "].content must be at most " + MAX_TURN + " characters");
            }
            checkSources(t.sources(), i);
        }
        List<Turn> turns = history.stream().map(t -> new Turn(t.role(), t.content() == null ? null
                : withoutControls(t.content()), t.sources())).toList();
        return new Question(QuestionText.clean(req.question()), turns, filter(req.filters()));
    }

    private static void checkSources(List<String> sources, int turn) {
        if (sources == null) {
            return;
        }
        if (sources.size() > MAX_SOURCES) {
            throw new ApiException(400, "history[" + turn + "].sources must have at most " + MAX_SOURCES + " ids");
        }
        for (String id : sources) {
            if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")) {
                throw new ApiException(400, "history[" + turn + "].sources must hold record ids");
            }
        }
    }

    /**
     * Control characters (CR, LF, ESC...) and Unicode line separators become spaces, so caller text can
     * never forge a log line or a terminal escape wherever it is logged downstream.
     */
    static String withoutControls(String text) {
        return CONTROLS.matcher(text).replaceAll(" ");
    }

    static Filters filter(Filters f) {
        if (f == null) {
            return Filters.NONE;
        }
        f.problem("filters.").ifPresent(problem -> {
            throw new ApiException(400, problem);
        });
        return f;
    }

    private AskRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "request body must be a JSON object with a question");
        }
        try {
            return mapper.readValue(body, AskRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(400, "unknown field '" + path(e) + "'");
        } catch (JsonMappingException e) {
            String path = path(e);
            throw new ApiException(400, path.isEmpty() ? "request body must be a JSON object"
                    : "field '" + path + "' has the wrong type");
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
