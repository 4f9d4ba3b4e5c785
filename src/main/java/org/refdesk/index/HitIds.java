package org.refdesk.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

/**
 * The ids of hits, from doc values (reading the stored record instead would decompress a block of whole records
 * per hit: it was a seventh of the CPU of a question), remembered by document number for as long as the index
 * reader serves: every question looks up about 150 hits (two BM25 lists and the dense one), and a doc-values
 * lookup decompresses a block of the terms dictionary each time. Segments written before the doc values existed
 * fall back to the stored id. Thread-safe: an id is an immutable string, so two threads writing the same slot
 * write the same value and a reader sees either null (and looks it up) or the id.
 */
final class HitIds {

    private volatile Known known;

    List<ScoredId> of(IndexSearcher searcher, TopDocs top) throws IOException {
        String[] byDoc = known(searcher.getIndexReader());
        int[] missing = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).filter(d -> byDoc[d] == null)
                .sorted().distinct().toArray();
        if (missing.length > 0) {
            lookUp(searcher, missing, byDoc);
        }
        List<ScoredId> out = new ArrayList<>(top.scoreDocs.length);
        for (var sd : top.scoreDocs) {
            out.add(new ScoredId(byDoc[sd.doc], sd.score));
        }
        return out;
    }

    private String[] known(IndexReader reader) {
        Known current = known;
        if (current == null || current.reader() != reader) {
            current = new Known(reader, new String[reader.maxDoc()]);
            known = current;
        }
        return current.ids();
    }

    /** One doc-values reader per segment, walked in document order. */
    private static void lookUp(IndexSearcher searcher, int[] docs, String[] byDoc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getSortedDocValues(IndexFields.ID_VALUE);
            }
            byDoc[doc] = values != null && values.advanceExact(doc - leaf.docBase)
                    ? values.lookupOrd(values.ordValue()).utf8ToString()
                    : searcher.storedFields().document(doc, Set.of(IndexFields.ID)).get(IndexFields.ID);
        }
    }

    private record Known(IndexReader reader, String[] ids) {
    }
}
