package org.refdesk.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ONNX Runtime's native libraries unpacked in a folder between starts and points the runtime at them
 * ({@code onnxruntime.native.path}), before its first use in this process. Otherwise every start inflates the
 * 16 MB library from the jar into a new temporary folder (about 70 ms of CPU, and 16 MB written). The copies
 * are checked against the jar like the model file ({@link ExtractedResource}). Thread-safe; call it before the
 * first {@code OrtEnvironment}.
 */
final class OnnxRuntimeLibraries {

    /** The runtime's own property: a folder holding every native library it loads. */
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
    private static final Logger LOG = LoggerFactory.getLogger(OnnxRuntimeLibraries.class);

    private OnnxRuntimeLibraries() {
    }

    /** Unpacks the libraries into {@code folder} (when not there already) and has the runtime load them there. */
    static synchronized void keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // chosen by whoever started the JVM, or done already
        }
        try {
            if (unpack(folder)) {
                System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep ONNX Runtime's libraries in {} ({}); unpacking them for this start", folder,
                    e.toString());
        }
    }

    /** True when every library of this platform is now in {@code folder}; false when the jar has none for it. */
    static boolean unpack(Path folder) throws IOException {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return false;
        }
        for (String library : LIBRARIES) {
            String resource = "ai/onnxruntime/native/" + platform.get() + "/" + System.mapLibraryName(library);
            if (ExtractedResource.file(resource, folder).isEmpty()) {
                return false; // not packed for this platform: the runtime finds its own way
            }
        }
        return true;
    }

    /** The runtime's name for this platform's folder in its jar, as it computes it (linux-x64, osx-aarch64...). */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
                : os.contains("nux") ? "linux" : null;
        String a = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64" : arch.startsWith("aarch64")
                ? "aarch64" : null;
        return o == null || a == null ? Optional.empty() : Optional.of(o + "-" + a);
    }
}
