package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
    void should_be_read_by_a_strict_rfc_4180_parser() throws IOException {
        // when Commons CSV reads the export with its RFC 4180 format, failing on any stray quote
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get())) {
            records = parser.getRecords();
            assertThat(parser.getHeaderNames()).isEqualTo(CsvFormatter.HEADER);
        }

        // then it finds the three records, every one with all nine fields, the text as written
        assertThat(records).hasSize(3);
        assertThat(records).allMatch(r -> r.isConsistent() && r.size() == 9);
        assertThat(records.get(1).get("title")).isEqualTo(Fixtures.NASTY.title());
        assertThat(records.get(1).get("abstract")).isEqualTo(Fixtures.NASTY.abstractText());
        assertThat(records.get(0).get("authors")).isEqualTo("Cathy Zimmerman; Ligia Kiss");
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
