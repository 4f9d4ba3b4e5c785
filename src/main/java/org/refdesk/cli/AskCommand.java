package org.refdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.refdesk.App;
import org.refdesk.answer.Answer;
import org.refdesk.answer.Source;
import org.refdesk.config.Settings;
import org.refdesk.library.CollectionReader;
import org.refdesk.retrieve.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refdesk ask "question"}: one answer on standard output, as text or as the API's JSON. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question from the library.")
public final class AskCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Mixin
    LlmOptions llm;

    @Option(names = "--json", description = "Print the same JSON as POST /api/ask.")
    boolean json;

    @Option(names = "--gap-report", description = "Count the topics of questions the library cannot answer in "
            + "data/gaps.json (only their terms; default: REFDESK_GAP_REPORT, else off).")
    boolean gapReport;

    @Parameters(arity = "1..*", description = "The question.")
    String[] words;

    @Override
    public Integer call() throws Exception {
        String question = String.join(" ", words).strip();
        if (question.isEmpty() || question.length() > 2000) {
            System.err.println("refdesk ask: the question must have 1 to 2000 characters");
            return 2;
        }
        Settings settings = llm.apply(storage.settings());
        CollectionReader.requireDirectory(settings.seeds());
        try (App app = App.open(settings.withGapReport(gapReport || settings.gapReport()))) {
            app.library().syncSeeds();
            Answer answer = app.ask().ask(Question.of(question));
            if (json) {
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(answer));
            } else {
                print(answer);
            }
        }
        return 0;
    }

    private static void print(Answer answer) {
        System.out.println(answer.answer());
        if (!answer.sources().isEmpty()) {
            System.out.println();
            for (Source s : answer.sources()) {
                System.out.println("[" + s.n() + "] " + s.title() + (s.year() == null ? "" : " (" + s.year() + ")"));
            }
        }
        if (!answer.suggestions().isEmpty()) {
            System.out.println();
            answer.suggestions().forEach(s -> System.out.println("You could ask: " + s));
        }
    }
}
