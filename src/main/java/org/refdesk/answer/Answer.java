package org.refdesk.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A reply to a question: the text with inline [n] citations, exactly the sources it cites, suggested
 * follow-up questions, whether refdesk abstained, how the text was written ({@code extractive} or
 * {@code llm}), the filters applied, why an LLM answer fell back, if it did, and (when more reports matched
 * than it cites) a link to all of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String answer, List<Source> sources, List<String> suggestions, boolean abstained, String mode,
                     List<String> filters, String llmError, More more) {
    public Answer {
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
        filters = List.copyOf(filters);
    }

    public Answer(String answer, List<Source> sources, List<String> suggestions, boolean abstained, String mode,
                  List<String> filters, String llmError) {
        this(answer, sources, suggestions, abstained, mode, filters, llmError, null);
    }

    public Answer withSuggestions(List<String> newSuggestions) {
        return new Answer(answer, sources, newSuggestions, abstained, mode, filters, llmError, more);
    }

    public Answer withMore(More newMore) {
        return new Answer(answer, sources, suggestions, abstained, mode, filters, llmError, newMore);
    }
}
