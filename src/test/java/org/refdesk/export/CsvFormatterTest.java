package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatterTest {

    private final String csv = ExportFormat.CSV.format(List.of(Fixtures.PLAIN, Fixtures.NASTY, Fixtures.BARE));

    @Test
    void should_parse_back_to_the_same_values_with_an_rfc_4180_reader() throws IOException {
        // when a standard CSV reader reads the export
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows;
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            rows = it.readAll();
        }

        // then it finds a header and three rows of nine fields holding the record text
        assertThat(rows).hasSize(4);
        assertThat(rows).allMatch(r -> r.size() == 9);
        assertThat(rows.get(0)).isEqualTo(CsvFormatter.HEADER);
        assertThat(rows.get(2).get(1)).isEqualTo(Fixtures.NASTY.title());
        assertThat(rows.get(2).get(8)).isEqualTo(Fixtures.NASTY.abstractText());
        assertThat(rows.get(2).get(4)).isEqualTo("Côte d'Ivoire; Viet Nam");
        assertThat(rows.get(3).get(3)).isEmpty();
    }

    @Test
    void should_end_records_with_crlf_and_quote_only_fields_that_need_it() {
        assertThat(csv).startsWith("id,title,authors,year,countries,regions,category,url,abstract\r\n");
        assertThat(csv).contains("\r\nplain-1,Caring for Trafficked Persons,Cathy Zimmerman; Ligia Kiss,2009,");
        assertThat(csv).contains(",\"Debt, \"\"bondage\"\" & 100% {forced} #labour_$ ~^\\ *bold* [link](x) <b>\",");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void should_defuse_fields_a_spreadsheet_would_run_as_formulas() {
        assertThat(CsvFormatter.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvFormatter.field("+1")).isEqualTo("'+1");
        assertThat(CsvFormatter.field("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvFormatter.field("plain")).isEqualTo("plain");
    }
}
