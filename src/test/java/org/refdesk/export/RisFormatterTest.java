package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RisFormatterTest {

    private final String ris = ExportFormat.RIS.format(List.of(Fixtures.PLAIN, Fixtures.NASTY, Fixtures.BARE));

    @Test
    void should_end_every_line_with_crlf_and_tag_every_line() {
        // given the export of three records, when it is split into lines
        assertThat(ris).doesNotContainPattern("[^\\r]\\n").doesNotContainPattern("\\r[^\\n]");
        List<String> lines = Arrays.stream(ris.split("\\r\\n")).filter(l -> !l.isEmpty()).toList();

        // then each line is a two-letter tag, two spaces, a dash and a space
        assertThat(lines).allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*"), "tagged line");
    }

    @Test
    void should_open_each_record_with_ty_rprt_and_close_it_with_er() {
        // given the export, when it is read record by record
        String[] records = ris.split("ER  - \\r\\n");

        // then three records each start with TY and have a title, and no stray text follows
        assertThat(records).hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(records[i].strip()).startsWith("TY  - RPRT\r\n").contains("\r\nTI  - ");
        }
        assertThat(records[3]).isBlank();
    }

    @Test
    void should_keep_line_breaks_in_values_from_forging_tags() {
        // given an abstract holding "\nER  - " and "\nTY  - JOUR", then those stay inside its AB line
        assertThat(ris).contains("AB  - 1. First line second line, with \"quotes\"; ER  - fake end TY  - JOUR\r\n");
        assertThat(ris.split("\\r\\nTY  - ", -1)).hasSize(3);
    }

    @Test
    void should_write_one_au_line_per_author_and_the_year_as_py() {
        assertThat(ris).contains("AU  - Cathy Zimmerman\r\nAU  - Ligia Kiss\r\n", "PY  - 2009\r\n",
                "UR  - https://example.org/caring.pdf\r\n", "KW  - Côte d'Ivoire\r\n");
    }
}
