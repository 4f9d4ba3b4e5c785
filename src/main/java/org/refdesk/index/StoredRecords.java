package org.refdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Stored fields of records found by id: each id looked up in the id field of each segment (rather than a
 * query of one clause per id, rewritten, weighted and scored), and only the fields asked for decoded. Stateless.
 */
final class StoredRecords {

    /** What {@link DocumentMapper#sentences} reads (the vectors are read by {@link SentenceVectorValues}). */
    static final Set<String> SENTENCES = Set.of(IndexFields.ID, IndexFields.SENTENCES, IndexFields.SENTENCE_TERMS);
    /** What {@link DocumentMapper#publication} reads. */
    static final Set<String> RECORD = Set.of(IndexFields.ID, IndexFields.JSON);

    private StoredRecords() {
    }

    /** The {@code fields} of the live documents with these ids, in the searcher's own reader. */
    static List<Document> byId(IndexSearcher searcher, Collection<String> ids, Set<String> fields) {
        List<Document> out = new ArrayList<>();
        StoredFields stored = storedFields(searcher);
        forEachDoc(searcher, ids, (leaf, doc, id) -> out.add(stored.document(leaf.docBase + doc, fields)));
        return out;
    }

    static StoredFields storedFields(IndexSearcher searcher) {
        try {
            return searcher.storedFields();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored records", e);
        }
    }

    /** Visits each live document with one of these ids: its segment, its number in that segment and its id. */
    static void forEachDoc(IndexSearcher searcher, Collection<String> ids, DocVisitor visitor) {
        try {
            visit(searcher, ids, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored records", e);
        }
    }

    private static void visit(IndexSearcher searcher, Collection<String> ids, DocVisitor visitor) throws IOException {
        Set<String> distinct = new LinkedHashSet<>(ids);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms idTerms = leaf.reader().terms(IndexFields.ID);
            if (idTerms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum idEnum = idTerms.iterator();
            PostingsEnum postings = null;
            for (String id : distinct) {
                if (!idEnum.seekExact(new BytesRef(id))) {
                    continue;
                }
                postings = idEnum.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        visitor.visit(leaf, d, id);
                    }
                }
            }
        }
    }

    /** One document of a segment. */
    interface DocVisitor {
        void visit(LeafReaderContext leaf, int doc, String id) throws IOException;
    }
}
