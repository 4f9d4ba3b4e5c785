/**
 * The command line: {@code Main} (the entry of the jar) and the picocli subcommands serve, ask, ingest, eval,
 * bench, gaps. May import every package, the composition root included; nothing imports it.
 */
package org.refdesk.cli;
