package org.refdesk.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Turn;

/**
 * Builds the chat messages for an answer or a follow-up rewrite. Reports, conversation and question go
 * into clearly delimited blocks ({@code <source n="1">}, {@code <conversation>}, {@code <question>}); any
 * tag-like text inside them is neutralised so that a record cannot close its block and pose as
 * instructions. Stateless and thread-safe.
 */
public final class PromptBuilder {

    static final int MAX_ABSTRACT = 1500;
    static final int MAX_TURNS = 6;
    static final int MAX_TURN = 1000;
    private static final Pattern TAG_START = Pattern.compile("<(?=\\s*/?\\s*[A-Za-z!?])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private final PromptTemplates templates;

    public PromptBuilder(PromptTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** System and user message asking for a cited answer from {@code sources}, numbered 1..n in order. */
    public List<ChatMessage> answer(String question, List<Turn> history, List<Publication> sources) {
        String user = templates.answer(data(question), history(history), sources(sources));
        return List.of(SystemMessage.from(templates.system()), UserMessage.from(user));
    }

    /** One user message asking to rewrite a follow-up as a standalone question. */
    public List<ChatMessage> condense(String question, List<Turn> history) {
        return List.of(UserMessage.from(templates.condense(data(question), history(history))));
    }

    static String sources(List<Publication> sources) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            Publication p = sources.get(i);
            out.append("<source n=\"").append(i + 1).append("\">\n")
                    .append("Title: ").append(data(p.title())).append('\n')
                    .append("Year: ").append(p.year() == null ? "unknown" : p.year()).append('\n')
                    .append("Authors: ").append(p.authors().isEmpty() ? "not named" : data(String.join("; ",
                    p.authors())))
                    .append('\n')
                    .append("Abstract: ").append(data(cut(p.abstractText(), MAX_ABSTRACT))).append('\n')
                    .append("</source>\n");
        }
        return out.toString().strip();
    }

    static String history(List<Turn> history) {
        List<Turn> recent = history.subList(Math.max(0, history.size() - MAX_TURNS), history.size());
        if (recent.isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        for (Turn t : recent) {
            out.append(t.fromUser() ? "User: " : "Assistant: ").append(data(cut(t.content(), MAX_TURN))).append('\n');
        }
        return out.toString().strip();
    }

    /** Untrusted text made safe to stand inside a delimited block. */
    static String data(String text) {
        String t = CONTROL.matcher(text == null ? "" : text).replaceAll(" ");
        return TAG_START.matcher(t).replaceAll("‹").strip();
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1) + "…";
    }
}
