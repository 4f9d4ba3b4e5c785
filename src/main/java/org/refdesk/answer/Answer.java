package org.refdesk.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A reply to a question: the text with inline [n] citations, exactly the sources it cites, suggested
 * follow-up questions, whether refdesk abstained, how the text was written ({@code extractive} or
 * {@code llm}), the filters applied, and why an LLM answer fell back, if it did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String answer, List<Source> sources, List<String> suggestions, boolean abstained, String mode,
                     List<String> filters, String llmError) {
    public Answer {
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
        filters = List.copyOf(filters);
    }

    public Answer withSuggestions(List<String> newSuggestions) {
        return new Answer(answer, sources, newSuggestions, abstained, mode, filters, llmError);
    }
}
