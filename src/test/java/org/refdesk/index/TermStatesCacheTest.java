package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermStatesCacheTest {

    private static final RandomWords WORDS = new RandomWords(400, 2);

    @TempDir
    Path dir;

    @Test
    void should_score_exactly_as_term_queries_that_look_their_terms_up_also_after_the_index_changed()
            throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        TermStatesCache cache = new TermStatesCache();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int version = 0; version < 3; version++) {
                // given an index of several segments, changed (records added and deleted) between rounds
                for (int i = 0; i < 600; i++) {
                    Document doc = new Document();
                    doc.add(new StringField(IndexFields.ID, version + "-" + i, Field.Store.YES));
                    doc.add(new TextField(IndexFields.TITLE, WORDS.text(random, 4), Field.Store.NO));
                    doc.add(new TextField(IndexFields.ABSTRACT, WORDS.text(random, 40), Field.Store.NO));
                    writer.addDocument(doc);
                    if (i % 250 == 249) {
                        writer.commit();
                    }
                }
                writer.deleteDocuments(new Term(IndexFields.ID, version + "-7"));
                writer.commit();
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    for (int q = 0; q < 40; q++) {
                        Query query = query(random);

                        // when searched with the cached term states (twice: the second time from the cache)
                        cache.withStates(searcher, query);
                        TopDocs cached = searcher.search(cache.withStates(searcher, query), 30);
                        TopDocs plain = searcher.search(query, 30);

                        // then the same hits with the same scores
                        assertThat(hits(cached)).isEqualTo(hits(plain));
                        assertThat(cached.totalHits).isEqualTo(plain.totalHits);
                    }
                }
            }
        }
    }

    private static List<String> hits(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + ":" + sd.score);
        }
        return out;
    }

    private static Query query(SplittableRandom random) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < 2 + random.nextInt(8); i++) {
            String term = WORDS.word(random);
            query.add(new BoostQuery(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, term)), 3f),
                    new TermQuery(new Term(IndexFields.ABSTRACT, term)),
                    new TermQuery(new Term(IndexFields.PEOPLE, term))), 0.2f), 0.1f + (float) random.nextDouble()),
                    BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
