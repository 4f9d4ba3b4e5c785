package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.CollectionReader;
import org.refdesk.library.Publication;

class IndexSearchTermsInTest {

    @TempDir
    Path dir;

    @Test
    void should_find_the_same_terms_as_analysing_each_record_text() {
        // given the seed collection indexed (vectors do not matter here)
        List<Publication> seeds = new CollectionReader().readDirectory(Path.of("seeds")).publications();
        try (PublicationIndex index = PublicationIndex.open(dir, "test-model")) {
            seeds.forEach(p -> index.upsert(new IndexedPublication(p, "h", new float[] {1f, 0f}, List.of(),
                    List.of())));
            index.commit();
            TextAnalyzer analyzer = index.analyzer();
            List<String> terms = analyzer.terms("trafficking labour migrants Nepal Balkans earthquake children "
                    + "Klaffenböck Worldwide COVID-19 sexual exploitation domestic workers cooking");

            // when
            Map<String, Set<String>> found = index.search().termsIn(seeds.stream().map(Publication::id).toList(),
                    terms);

            // then it agrees with analysing title, abstract, places and people of each record
            Map<String, Set<String>> expected = new HashMap<>();
            for (Publication p : seeds) {
                Set<String> docTerms = new HashSet<>(analyzer.terms(p.title() + " " + p.abstractText() + " "
                        + String.join(" ", p.countries()) + " " + String.join(" ", p.regions()) + " "
                        + String.join(" ", p.authors()) + " " + String.join(" ", p.affiliations())));
                Set<String> hits = new HashSet<>(terms);
                hits.retainAll(docTerms);
                if (!hits.isEmpty()) {
                    expected.put(p.id(), hits);
                }
            }
            assertThat(found).isEqualTo(expected);
            assertThat(found).isNotEmpty();
        }
    }

    @Test
    void should_see_only_the_latest_version_of_an_updated_record() {
        // given a record indexed, then updated with another title in a later commit
        Publication first = new CollectionReader().readDirectory(Path.of("seeds")).publications().get(0);
        Publication renamed = new Publication(first.id(), "Cooking lessons for volunteers", "About recipes.",
                List.of(), List.of(), List.of(), List.of(), first.year(), first.category(), first.url());
        try (PublicationIndex index = PublicationIndex.open(dir, "test-model")) {
            index.upsert(new IndexedPublication(first, "h1", new float[] {1f, 0f}, List.of(), List.of()));
            index.commit();
            index.upsert(new IndexedPublication(renamed, "h2", new float[] {1f, 0f}, List.of(), List.of()));
            index.commit();
            List<String> terms = index.analyzer().terms("cooking trafficking");

            // when
            Map<String, Set<String>> found = index.search().termsIn(List.of(first.id(), "no-such-id"), terms);

            // then only the new text counts
            assertThat(found).isEqualTo(Map.of(first.id(), Set.copyOf(index.analyzer().terms("cooking"))));
        }
    }
}
