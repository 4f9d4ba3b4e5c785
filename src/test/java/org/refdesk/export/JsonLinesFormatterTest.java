package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.library.JsonLinesParser;
import org.refdesk.library.ParseResult;
import org.refdesk.library.Publication;

class JsonLinesFormatterTest {

    @Test
    void should_be_taken_back_by_the_upload_parser_unchanged() {
        // given records with every field, affiliations, line breaks-free but otherwise awkward text
        List<Publication> records = List.of(Fixtures.PLAIN, BibtexParsingTest.ORGANISATIONS, Fixtures.BARE,
                new Publication("quotes-5", "“Curly” – dashes", "Klaffenböck's \"text\"\\ 日本", List.of("Côte d'Ivoire"),
                        List.of(), List.of("Jane Doe"), List.of("La Strada International"), 1999, "Research", null));

        // when they are exported and parsed as an upload
        String jsonl = ExportFormat.JSONL.format(records);
        ParseResult back = new JsonLinesParser().parse("export.jsonl", jsonl);

        // then one line per record, no problem, and the same records
        assertThat(jsonl.split("\n")).hasSize(4);
        assertThat(back.problems()).isEmpty();
        assertThat(back.publications()).isEqualTo(records);
    }
}
