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

class TopHitsTest {

    private static final RandomWords WORDS = new RandomWords(500, 3);

    private static final int K = 50;

    @TempDir
    Path dir;

    @Test
    void should_find_the_same_hits_scores_and_order_whether_pruning_or_scoring_every_match() throws Exception {
        // given several segments of records made of a small vocabulary (long postings, many near ties), in
        // five text fields and a country, some deleted
        SplittableRandom random = new SplittableRandom(5);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 4_000; i++) {
                Document doc = new Document();
                doc.add(new StringField(IndexFields.ID, "r" + i, Field.Store.NO));
                doc.add(new StringField(IndexFields.COUNTRY, "c" + random.nextInt(5), Field.Store.NO));
                doc.add(new TextField(IndexFields.TITLE, WORDS.text(random, 3 + random.nextInt(6)), Field.Store.NO));
                doc.add(new TextField(IndexFields.ABSTRACT, WORDS.text(random, 20 + random.nextInt(120)), Field.Store.NO));
                doc.add(new TextField(IndexFields.PLACES, WORDS.text(random, random.nextInt(3)), Field.Store.NO));
                doc.add(new TextField(IndexFields.CATEGORY_TEXT, WORDS.text(random, 1), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 900 == 899) {
                    writer.commit();
                }
            }
            writer.deleteDocuments(new Term(IndexFields.ID, "r3"), new Term(IndexFields.ID, "r2000"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int q = 0; q < 300; q++) {
                    // when a question-like query (its own words at one weight, feedback words at others) is searched
                    Query query = query(random, q);
                    if (q % 4 == 0) {
                        query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                                .add(new TermQuery(new Term(IndexFields.COUNTRY, "c" + random.nextInt(5))),
                                        BooleanClause.Occur.FILTER).build();
                    }

                    // then both ways find the same hits with the same scores in the same order
                    assertThat(hits(TopHits.exhaustive(searcher, query, K))).as("query %d", q)
                            .isEqualTo(hits(TopHits.pruned(searcher, query, K)));
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

    private static Query query(SplittableRandom random, int salt) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int own = 1 + random.nextInt(5);
        int feedback = salt % 3 == 0 ? 0 : 10;
        for (int i = 0; i < own + feedback; i++) {
            String term = WORDS.word(random);
            List<Query> perField = new ArrayList<>();
            IndexFields.TEXT_BOOSTS.forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
            float weight = i < own ? (feedback == 0 ? 1f : 0.5f) : (float) (0.02 + random.nextDouble() / 2);
            query.add(new BoostQuery(new DisjunctionMaxQuery(perField, 0.2f), weight), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
