package org.refdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The abstract sentences' vectors of a record, kept as binary doc values: the sentence count, each vector's
 * {@link SentenceVectors#squaredNorm}, then the floats one vector after another. Re-scoring a question's fifty
 * nearest reports by their closest sentence reads them there, uncompressed, instead of decompressing each
 * report's stored record (that was a seventh of the Java CPU of a question at 10,000 reports, and a quarter of
 * what it allocated). Records indexed before the doc values existed fall back to the stored field. Stateless.
 */
final class SentenceVectorValues {

    private static final Set<String> LEGACY = Set.of(IndexFields.SENTENCES, IndexFields.SENTENCE_VECTORS);

    private SentenceVectorValues() {
    }

    static byte[] pack(List<float[]> vectors) {
        int floats = vectors.stream().mapToInt(v -> v.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(Integer.BYTES + vectors.size() * Double.BYTES + floats * Float.BYTES);
        buf.putInt(vectors.size());
        vectors.forEach(v -> buf.putDouble(SentenceVectors.squaredNorm(v)));
        vectors.forEach(v -> {
            for (float f : v) {
                buf.putFloat(f);
            }
        });
        return buf.array();
    }

    static List<float[]> unpack(BytesRef bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int count = buf.getInt();
        buf.position(buf.position() + count * Double.BYTES);
        return read(buf, count, dimension(bytes, count));
    }

    /** {@code count} vectors of {@code dim} floats, one after another from the buffer's position. */
    private static List<float[]> read(ByteBuffer buf, int count, int dim) {
        List<float[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] v = new float[dim];
            for (int j = 0; j < dim; j++) {
                v[j] = buf.getFloat();
            }
            out.add(v);
        }
        return out;
    }

    private static int dimension(BytesRef bytes, int count) {
        return count == 0 ? 0 : (bytes.length - Integer.BYTES - count * Double.BYTES) / Float.BYTES / count;
    }

    /** The stored vectors of a record indexed before the doc values: as many as it has sentences. */
    static List<float[]> unpackStored(Document doc, int sentences) {
        IndexableField field = doc.getField(IndexFields.SENTENCE_VECTORS);
        BytesRef bytes = field == null ? null : field.binaryValue();
        if (bytes == null || sentences == 0 || bytes.length == 0) {
            return List.of();
        }
        return read(ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length), sentences,
                bytes.length / Float.BYTES / sentences);
    }

    /** The vectors of one document, from its doc values, else from its stored record; empty when it has none. */
    static List<float[]> of(LeafReaderContext leaf, int doc, StoredFields stored) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexFields.SENTENCE_VECTOR_VALUES);
        if (values != null && values.advanceExact(doc)) {
            return unpack(values.binaryValue());
        }
        Document legacy = stored.document(leaf.docBase + doc, LEGACY);
        return unpackStored(legacy, DocumentMapper.sentenceList(legacy).size());
    }

    /**
     * For each of these records that has sentence vectors in {@code space}, the cosine of the query with its
     * closest one (as {@link SentenceVectors#cosine(float[], double, int)} computes it, bit for bit). Only the
     * primary model's vectors have a stored-field fallback: companion vectors came after the doc values.
     */
    static Map<String, Double> closest(IndexSearcher searcher, Collection<String> ids, float[] query,
                                       VectorSpace space) {
        Map<LeafReaderContext, TreeMap<Integer, String>> byLeaf = new HashMap<>();
        StoredRecords.forEachDoc(searcher, ids,
                (leaf, doc, id) -> byLeaf.computeIfAbsent(leaf, l -> new TreeMap<>()).put(doc, id));
        double queryNorm = SentenceVectors.squaredNorm(query);
        Map<String, Double> out = new HashMap<>();
        StoredFields stored = StoredRecords.storedFields(searcher);
        try {
            for (Map.Entry<LeafReaderContext, TreeMap<Integer, String>> leaf : byLeaf.entrySet()) {
                // doc values are read forwards: each segment's documents in order
                BinaryDocValues values = leaf.getKey().reader().getBinaryDocValues(space.sentenceField());
                for (Map.Entry<Integer, String> doc : leaf.getValue().entrySet()) {
                    boolean packed = values != null && values.advanceExact(doc.getKey());
                    if (!packed && space != VectorSpace.PRIMARY) {
                        continue;
                    }
                    double best = packed ? closest(values.binaryValue(), query, queryNorm)
                            : closest(of(leaf.getKey(), doc.getKey(), stored), query, queryNorm);
                    if (!Double.isNaN(best)) {
                        out.put(doc.getValue(), best);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence vectors", e);
        }
        return out;
    }

    /**
     * The best cosine over packed vectors, read in place with their stored norms (the same arithmetic as
     * {@link SentenceVectors#cosine(float[], double, float[], double)}); NaN when there are none.
     */
    private static double closest(BytesRef bytes, float[] query, double queryNorm) {
        ByteBuffer buf = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int count = buf.getInt();
        int dim = dimension(bytes, count);
        int norms = bytes.offset + Integer.BYTES;
        int floats = norms + count * Double.BYTES;
        double best = Double.NaN;
        for (int i = 0; i < count; i++) {
            double norm = buf.getDouble(norms + i * Double.BYTES);
            double c = 0;
            if (dim == query.length) {
                double dot = 0;
                int at = floats + i * dim * Float.BYTES;
                for (int j = 0; j < dim; j++) {
                    dot += query[j] * buf.getFloat(at + j * Float.BYTES);
                }
                c = queryNorm == 0 || norm == 0 ? 0 : dot / Math.sqrt(queryNorm * norm);
            }
            best = Double.isNaN(best) ? c : Math.max(best, c);
        }
        return best;
    }

    private static double closest(List<float[]> vectors, float[] query, double queryNorm) {
        double best = Double.NaN;
        for (float[] v : vectors) {
            double c = SentenceVectors.cosine(query, queryNorm, v, SentenceVectors.squaredNorm(v));
            best = Double.isNaN(best) ? c : Math.max(best, c);
        }
        return best;
    }
}
