package org.refdesk.answer.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt texts ({@code prompts/system.txt}, {@code answer.txt}, {@code condense.txt}) with their named
 * {@code {{placeholders}}}, loaded and checked once at start-up: a missing file, an unknown placeholder or a
 * missing required one stops start-up with a message naming the file. Immutable and thread-safe.
 */
public final class PromptTemplates {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    private static final Map<String, Spec> SPECS = Map.of(
            "system", new Spec(Set.of(), Set.of()),
            "answer", new Spec(Set.of("question", "history", "sources"), Set.of("question", "sources")),
            "condense", new Spec(Set.of("question", "history"), Set.of("question", "history")));

    private final Map<String, String> texts;

    private PromptTemplates(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** {@code prompts/} in the working directory when there is one (operators may edit it), else the packaged ones. */
    public static PromptTemplates fromFolderOrClasspath() {
        Path folder = Path.of("prompts");
        return Files.isDirectory(folder) ? fromDirectory(folder) : fromClasspath();
    }

    /** The prompts packaged with refdesk (the project folder {@code prompts/}). */
    public static PromptTemplates fromClasspath() {
        return load("classpath:/prompts/", name -> {
            try (InputStream in = PromptTemplates.class.getResourceAsStream("/prompts/" + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read prompt " + name, e);
            }
        });
    }

    /** Prompts from a folder, for operators who edit them. */
    public static PromptTemplates fromDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return load(dir + "/", name -> {
            Path file = dir.resolve(name);
            try {
                return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read prompt " + file, e);
            }
        });
    }

    static PromptTemplates load(String where, Function<String, String> reader) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : new String[] {"system", "answer", "condense"}) {
            String file = where + name + ".txt";
            String text = reader.apply(name + ".txt");
            if (text == null || text.isBlank()) {
                throw new IllegalStateException("Prompt file " + file + " is missing or empty");
            }
            validate(file, text, SPECS.get(name));
            texts.put(name, text.strip());
        }
        return new PromptTemplates(texts);
    }

    private static void validate(String file, String text, Spec spec) {
        Matcher m = PLACEHOLDER.matcher(text);
        Set<String> found = new HashSet<>();
        while (m.find()) {
            if (!spec.allowed().contains(m.group(1))) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                throw new IllegalStateException("Prompt file " + file + " line " + line + ": unknown placeholder "
                        + m.group() + "; allowed here: " + (spec.allowed().isEmpty() ? "none" : spec.allowed()));
            }
            found.add(m.group(1));
        }
        for (String required : spec.required()) {
            if (!found.contains(required)) {
                throw new IllegalStateException("Prompt file " + file + " lacks the placeholder {{" + required + "}}");
            }
        }
    }

    public String system() {
        return texts.get("system");
    }

    /** The answer prompt with its placeholders filled in one pass (values are never re-expanded). */
    public String answer(String question, String history, String sources) {
        return fill(texts.get("answer"), Map.of("question", question, "history", history, "sources", sources));
    }

    public String condense(String question, String history) {
        return fill(texts.get("condense"), Map.of("question", question, "history", history));
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(out).toString();
    }

    private record Spec(Set<String> allowed, Set<String> required) {
    }
}
