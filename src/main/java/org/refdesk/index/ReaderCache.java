package org.refdesk.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;

/**
 * Values derived from the records of one index reader (decoded sentence vectors, analysed texts), kept
 * while that reader serves and forgotten when a commit brings a new one; at most {@code max} values, then
 * it starts afresh. Saves decompressing and re-analysing the same records question after question.
 * Thread-safe.
 */
final class ReaderCache<V> {

    private final int max;
    private volatile State<V> state;

    ReaderCache(int max) {
        this.max = max;
    }

    /** The values of these ids, computing the missing ones in one call. */
    Map<String, V> getAll(IndexReader reader, Collection<String> ids, Function<List<String>, Map<String, V>> missing) {
        State<V> seen = state;
        if (seen == null || seen.reader() != reader || seen.values().size() > max) {
            seen = new State<>(reader, new ConcurrentHashMap<>());
            state = seen;
        }
        State<V> current = seen;
        Map<String, V> out = new HashMap<>();
        List<String> absent = ids.stream().distinct().filter(id -> {
            V v = current.values().get(id);
            if (v != null) {
                out.put(id, v);
            }
            return v == null;
        }).toList();
        if (!absent.isEmpty()) {
            Map<String, V> computed = missing.apply(absent);
            current.values().putAll(computed);
            out.putAll(computed);
        }
        return out;
    }

    private record State<V>(IndexReader reader, Map<String, V> values) {
        State {
            Objects.requireNonNull(reader, "reader");
        }
    }
}
