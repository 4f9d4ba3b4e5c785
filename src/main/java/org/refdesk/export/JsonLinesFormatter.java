package org.refdesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.refdesk.library.Publication;

/**
 * JSON Lines: one record per line, exactly as {@code GET /api/publications/{id}} returns it and as the
 * admin upload and {@code ingest} take it back, so a library can be backed up, moved and restored.
 * Line ends are LF; JSON escapes any line break inside a value. Thread-safe.
 */
final class JsonLinesFormatter implements ExportFormat.Formatter {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String format(List<Publication> publications) {
        StringBuilder out = new StringBuilder();
        for (Publication p : publications) {
            try {
                out.append(mapper.writeValueAsString(p)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write publication '" + p.id() + "' as JSON", e);
            }
        }
        return out.toString();
    }
}
