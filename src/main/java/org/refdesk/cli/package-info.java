/**
 * The picocli subcommands: serve, ask, ingest, eval, bench. May import every package above it.
 */
package org.refdesk.cli;
