/**
 * The {@code bench} command: speed and memory at 1k/10k/100k records, HTTP load, bursts, ingest. May import
 * every package, the composition root included.
 */
package org.refdesk.cli.bench;
