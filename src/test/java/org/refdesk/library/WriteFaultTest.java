package org.refdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WriteFaultTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new IOException("No space left on device"), WriteFault.Cause.DISK_FULL),
                Arguments.of(new UncheckedIOException("cannot index x", new FileSystemException("/d/_1.fdt", null,
                        "No space left on device")), WriteFault.Cause.DISK_FULL),
                Arguments.of(new IllegalStateException("this IndexWriter is closed",
                        new IOException("No space left on device")), WriteFault.Cause.DISK_FULL),
                Arguments.of(new FileSystemException("/d/x", null, "Read-only file system"), WriteFault.Cause.READ_ONLY),
                Arguments.of(new AccessDeniedException("/d/x"), WriteFault.Cause.READ_ONLY),
                Arguments.of(new FileSystemException("/d/x", null, "Operation not permitted"), WriteFault.Cause.READ_ONLY),
                Arguments.of(new IOException("Input/output error"), WriteFault.Cause.IO));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void should_name_the_cause_an_operator_acts_on(Throwable error, WriteFault.Cause expected) {
        // when
        WriteFault fault = WriteFault.of(error);
        // then
        assertThat(fault.kind()).isEqualTo(expected);
        assertThat(fault.getMessage()).startsWith(expected.description()).endsWith("the change was not applied")
                .doesNotContain("/d/");
    }
}
