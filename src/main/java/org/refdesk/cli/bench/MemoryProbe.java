package org.refdesk.cli.bench;

import org.refdesk.web.WebApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.refdesk.App;
import org.refdesk.config.Settings;
import org.refdesk.library.CollectionReader;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Question;

/**
 * Heap and resident memory of a serving process. {@link #main} runs in a child JVM (default JVM options,
 * as {@code refdesk serve} runs): it opens an existing index, starts the web app, answers some questions,
 * and prints {@code MEMORY <heapMb> <rssMb>}.
 */
public final class MemoryProbe {

    static final String PREFIX = "MEMORY ";
    private static final int QUESTIONS = 50;

    private MemoryProbe() {
    }

    /** Arguments: seeds folder (for question words), data folder holding the index, model id. */
    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Settings settings = Settings.fromEnvironment(Map.of()).withStorage(seeds, data).withModel(args[2])
                .withLimits(0, 64, null);
        App app = App.open(settings);
        app.readiness().ready();
        WebApp web = app.web().start("127.0.0.1", 0);
        List<Publication> seedRecords = new CollectionReader().readDirectory(seeds).publications();
        SyntheticLibrary words = new SyntheticLibrary(seedRecords, app.embedder().dimension());
        for (String q : new QuestionMaker(words.topicWords(), words.countries()).make(QUESTIONS, 99)) {
            app.ask().ask(Question.of(q));
        }
        System.out.println(PREFIX + heapMb() + " " + rssMb());
        System.out.flush();
        web.stop();
        app.close();
        System.exit(0);
    }

    /** Heap in use after a full collection, in MB. */
    static double heapMb() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return Latencies.round((rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }

    /** Resident set size of this process (VmRSS), in MB; 0 where /proc is missing. */
    static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Latencies.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Runs the probe in a child JVM over the index in {@code data} and reads its figures. */
    static BenchReport.Memory measure(int size, Path seeds, Path data, String modelId) {
        try (ChildJvm child = ChildJvm.start(MemoryProbe.class.getName(),
                List.of(seeds.toAbsolutePath().toString(), data.toAbsolutePath().toString(), modelId),
                data.getParent())) {
            String[] figures = child.await(l -> l.startsWith(PREFIX), 300).substring(PREFIX.length()).split(" ");
            return new BenchReport.Memory(size, Double.parseDouble(figures[0]), Double.parseDouble(figures[1]));
        }
    }
}
