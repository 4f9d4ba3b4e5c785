package org.refdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectionReaderTest {

    private final CollectionReader reader = new CollectionReader();

    @Test
    void should_load_good_json_lines_and_name_the_line_of_a_bad_one() {
        String jsonl = """
                {"id":"a1","title":"One","abstract":"First.","countries":["Nepal"],"year":2019,"authors":"Ann Lee; Bo Chan"}
                {"title":"Two","year":"nineteen"}
                not json
                {"title":"Three","abstract":"Third.","regions":"Asia|Pacific","category":"Toolkits"}
                """;
        ParseResult result = reader.parse("x.jsonl", jsonl, CollectionReader.Format.JSONL);
        assertThat(result.publications()).extracting(Publication::id).containsExactly("a1", "three");
        assertThat(result.publications().get(0).authors()).containsExactly("Ann Lee", "Bo Chan");
        assertThat(result.publications().get(1).regions()).containsExactly("Asia", "Pacific");
        assertThat(result.problems()).extracting(ParseProblem::line).containsExactly(2, 3);
        assertThat(result.problems().get(0).message()).contains("nineteen");
    }

    @Test
    void should_load_csv_with_quoted_fields_and_reject_a_row_without_title() {
        String csv = "id,title,abstract,countries,year\n"
                + "c1,\"Title, with comma\",\"An abstract, quoted.\",Armenia;Georgia,2013\n"
                + "c2,,No title here,,2014\n"
                + "c3,Third,Fine,,\n";
        ParseResult result = reader.parse("x.csv", csv, CollectionReader.Format.CSV);
        assertThat(result.publications()).extracting(Publication::title).containsExactly("Title, with comma", "Third");
        assertThat(result.publications().get(0).countries()).containsExactly("Armenia", "Georgia");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("no title");
        });
    }

    @Test
    void should_guess_the_format_of_a_body_without_a_file_name() {
        assertThat(CollectionReader.sniff("{\"title\":\"x\"}")).isEqualTo(CollectionReader.Format.JSONL);
        assertThat(CollectionReader.sniff("id,title,abstract\n1,a,b")).isEqualTo(CollectionReader.Format.CSV);
        assertThat(CollectionReader.sniff("Referral Mechanisms\n\nA title\n")).isEqualTo(CollectionReader.Format.LISTING);
    }
}
