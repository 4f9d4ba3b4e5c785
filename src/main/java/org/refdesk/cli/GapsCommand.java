package org.refdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.refdesk.gaps.GapReport;
import org.refdesk.gaps.GapTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refdesk gaps}: the topics the library could not answer well, most asked first, from
 * {@code data/gaps.json} (kept only when the server runs with {@code --gap-report}).
 */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "Topics the library could not answer (counted with --gap-report), most asked first.")
public final class GapsCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Folder holding gaps.json (default: ${DEFAULT-VALUE}).",
            defaultValue = "data")
    Path data;

    @Option(names = "--json", description = "Print the same JSON as GET /api/admin/gaps.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        boolean kept = data.resolve("gaps.json").toFile().exists();
        List<GapTopic> topics = GapReport.open(data, Clock.systemUTC()).topics();
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("enabled", kept, "topics", topics)));
            return 0;
        }
        if (topics.isEmpty()) {
            System.out.println(kept ? "No gaps counted yet." : "No gap report in " + data
                    + " (start the server with --gap-report or REFDESK_GAP_REPORT=true to keep one).");
            return 0;
        }
        System.out.printf("%5s  %-11s  %-10s  %-10s  %s%n", "count", "kind", "first", "last", "topic");
        for (GapTopic t : topics) {
            System.out.printf("%5d  %-11s  %-10s  %-10s  %s%n", t.count(), t.kind(), t.firstDay(), t.lastDay(),
                    t.topic());
        }
        return 0;
    }
}
