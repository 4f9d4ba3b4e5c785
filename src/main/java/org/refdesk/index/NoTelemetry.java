package org.refdesk.index;

import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the tokenizer library (DJL, under LangChain4j's in-process embeddings) from calling home: on
 * creating a tokenizer its {@code ai.djl.util.Ec2Utils.callHome} asks the cloud metadata address
 * 169.254.169.254 and a telemetry bucket, unless {@code OPT_OUT_TRACKING} is true. DJL reads the
 * environment variable first and the system property of the same name second, so the property is set
 * here; when the environment explicitly says otherwise, the library's once-a-day check-in time is moved
 * past so the call is skipped anyway. Must run before the first tokenizer is made. Idempotent.
 */
final class NoTelemetry {

    private static final Logger LOG = LoggerFactory.getLogger(NoTelemetry.class);
    static final String OPT_OUT = "OPT_OUT_TRACKING";

    private NoTelemetry() {
    }

    static void optOut() {
        System.setProperty(OPT_OUT, "true");
        String env = System.getenv(OPT_OUT);
        if (env != null && !Boolean.parseBoolean(env)) {
            skipCheckIn();
        }
    }

    private static void skipCheckIn() {
        try {
            Field last = Class.forName("ai.djl.util.Ec2Utils").getDeclaredField("lastCheckIn");
            last.setAccessible(true);
            // callHome returns when less than a day has passed since the last check-in
            last.setLong(null, Long.MAX_VALUE);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("{}={} in the environment, and the tokenizer library's usage tracking could not be turned "
                    + "off ({}); it may try to reach 169.254.169.254", OPT_OUT, System.getenv(OPT_OUT), e.toString());
        }
    }
}
