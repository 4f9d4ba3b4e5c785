package org.refdesk.web;

import io.javalin.config.JavalinConfig;
import org.refdesk.library.WriteFault;

/**
 * A library change that could not be written is an expected fault, not an internal error: 507 when the
 * data disk is full, 503 when it is read-only or failed otherwise, with a message naming the cause and
 * saying the change was not applied; counted in {@code refdesk_write_failures_total{cause}}. The last
 * committed index keeps answering meanwhile. Thread-safe.
 */
final class WriteFaults {

    private WriteFaults() {
    }

    static void install(JavalinConfig config, Metrics metrics) {
        config.routes.exception(WriteFault.class, (e, ctx) -> {
            metrics.writeFailed(e.kind().label());
            int status = e.kind() == WriteFault.Cause.DISK_FULL ? 507 : 503;
            if (status == 503) {
                ctx.header("Retry-After", "60");
            }
            WebServer.error(ctx, status, e.getMessage());
        });
    }
}
