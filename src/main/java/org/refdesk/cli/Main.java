package org.refdesk.cli;

import org.refdesk.DataFolder;
import org.refdesk.library.MissingSeedsFolder;
import org.refdesk.library.WriteFault;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code refdesk serve | ask | ingest | eval | bench | gaps}. */
@Command(name = "refdesk", mixinStandardHelpOptions = true, version = "refdesk 0.1",
        description = "A reference desk for an anti-trafficking resource library.",
        subcommands = {ServeCommand.class, AskCommand.class, IngestCommand.class, EvalCommand.class, BenchCommand.class,
                GapsCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof DataFolder.Unusable || e instanceof WriteFault || e instanceof MissingSeedsFolder) {
                // an operator's mistake, not a bug: one line, no stack trace
                command.getErr().println("refdesk: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        int code = cli.execute(args.length == 0 ? new String[] {"serve"} : args);
        if (!(args.length == 0 || args[0].equals("serve")) || code != 0) {
            // one-shot commands end here: Jetty and ONNX threads would keep the JVM alive for seconds
            System.exit(code);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
