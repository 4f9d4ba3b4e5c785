package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Nothing leaves the machine": with no LLM configured, a fresh server (its own JVM, so the tokenizer
 * library starts from scratch) makes no connection beyond loopback during start-up and one answer.
 */
class EgressIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"unset", "false"})
    void should_connect_to_nothing_beyond_loopback_during_start_up_and_an_answer(String optOutTracking)
            throws Exception {
        // given a fresh JVM whose environment does not opt out of the tokenizer's usage tracking
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", absolute(System.getProperty("java.class.path")), EgressProbe.class.getName(), dir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File(".").getAbsoluteFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("REFDESK_") || k.equals("DJL_OFFLINE") || k.equals("OPT_OUT_TRACKING"));
        if (!optOutTracking.equals("unset")) {
            env.put("OPT_OUT_TRACKING", optOutTracking);
        }
        // when it starts, syncs the seeds and answers one question
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // then the only attempts beyond loopback are the probe's own canaries (which show the recorder works)
        assertThat(output).contains("ANSWER-STATUS 200").contains("PROBE-DONE");
        List<String> outbound = output.lines().filter(l -> l.startsWith("OUTBOUND ")).map(l -> l.substring(9)).toList();
        assertThat(outbound).as(output).containsExactlyInAnyOrder(EgressProbe.CANARY,
                "socket://192.0.2.2:80");
    }

    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(e -> e.isEmpty() ? e : Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
