package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLName;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.refdesk.library.Publication;

/**
 * The BibTeX export read back by real parsers: jbibtex for the file and its LaTeX values, and
 * citeproc-java's BibTeX name parser (the grammar of BibTeX's own name splitting) for the authors.
 */
class BibtexParsingTest {

    static final Publication ORGANISATIONS = new Publication("iom-1", "Migrants in Distress – “Łódź” 日本",
            "Text.", List.of(), List.of(), List.of("International Organization for Migration", "Katie Klaffenböck",
            "Ludwig van Beethoven", "IOM"), List.of("Walk Free Foundation", "Ministry of Labour and Social Policy"),
            2015, null, null);

    private final Map<Key, BibTeXEntry> entries = parse(ExportFormat.BIBTEX.format(
            List.of(ORGANISATIONS, Fixtures.PLAIN, Fixtures.NASTY, Fixtures.BARE)));

    @Test
    void should_parse_as_one_report_entry_per_record() {
        // then jbibtex reads four techreport entries with their titles
        assertThat(entries).hasSize(4);
        assertThat(entries.values()).allMatch(e -> e.getType().getValue().equals("techreport"));
        // (jbibtex's LaTeX reader knows no CJK, so the title is compared as the raw field value, case-protected)
        assertThat(entry("international2015").getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo("{Migrants in Distress – “Łódź” 日本}");
    }

    @Test
    void should_read_an_organisation_as_one_literal_name_and_people_as_people() throws Exception {
        // when the author field is split the way BibTeX splits names
        CSLName[] names = NameParser.parse(entry("international2015").getField(BibTeXEntry.KEY_AUTHOR).toUserString());

        // then the organisations are whole literal names and the people have given and family names
        assertThat(names).hasSize(4);
        assertThat(names[0].getLiteral()).isEqualTo("International Organization for Migration");
        assertThat(names[0].getFamily()).isNull();
        assertThat(names[1].getFamily()).isEqualTo("Klaffenböck");
        assertThat(names[1].getGiven()).isEqualTo("Katie");
        assertThat(names[2].getFamily()).isEqualTo("Beethoven");
        assertThat(names[2].getNonDroppingParticle() + names[2].getDroppingParticle()).contains("van");
        assertThat(names[2].getGiven()).isEqualTo("Ludwig");
        assertThat(names[3].getLiteral()).isEqualTo("IOM");
    }

    @Test
    void should_keep_et_al_as_others_and_initials_as_given_names() throws Exception {
        // when the "Zimmerman, C. et al." record's authors are split
        CSLName[] names = NameParser.parse(entry("zimmerman2014").getField(BibTeXEntry.KEY_AUTHOR).toUserString());

        // then Zimmerman is a family name with initial C., followed by BibTeX's "others"
        assertThat(names).hasSize(2);
        assertThat(names[0].getFamily()).isEqualTo("Zimmerman");
        assertThat(names[0].getGiven()).isEqualTo("C.");
        assertThat(names[1].getFamily()).isEqualTo("others");
    }

    @Test
    void should_give_the_affiliations_as_one_institution_value_read_as_written() throws Exception {
        // when the institution field is read as LaTeX text
        String raw = entry("international2015").getField(BibTeXEntry.KEY_INSTITUTION).toUserString();

        // then it reads as written, and no " and " outside braces splits it (biblatex's list rule)
        assertThat(text(entry("international2015"), BibTeXEntry.KEY_INSTITUTION))
                .isEqualTo("Walk Free Foundation; Ministry of Labour and Social Policy");
        assertThat(topLevelAndSplit(raw)).hasSize(1);
    }

    @Test
    void should_read_tex_special_characters_back_as_written() throws Exception {
        // then the escaped title of the nasty record reads back as its text
        assertThat(text(entry("zimmerman2014"), BibTeXEntry.KEY_TITLE))
                .isEqualTo("Debt, \"bondage\" & 100% {forced} #labour_$ ~^\\ *bold* [link](x) <b>");
    }

    private BibTeXEntry entry(String key) {
        BibTeXEntry entry = entries.get(new Key(key));
        assertThat(entry).as("entry " + key + " in " + entries.keySet()).isNotNull();
        return entry;
    }

    private static Map<Key, BibTeXEntry> parse(String bib) {
        try {
            BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
            return db.getEntries();
        } catch (Exception e) {
            throw new AssertionError("jbibtex cannot parse the export:\n" + bib, e);
        }
    }

    /** The field's LaTeX value as text, braces and commands resolved, as a reference manager shows it. */
    private static String text(BibTeXEntry entry, Key field) {
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(entry.getField(field).toUserString())).strip();
        } catch (Exception e) {
            throw new AssertionError("cannot read field " + field + " as LaTeX", e);
        }
    }

    /** Splits at " and " outside braces, as BibTeX and biblatex split name and list fields. */
    private static List<String> topLevelAndSplit(String value) {
        StringBuilder marked = new StringBuilder();
        int depth = 0;
        for (char c : value.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            marked.append(depth == 0 ? c : c == ' ' ? '\u0001' : c);
        }
        return Arrays.asList(marked.toString().split(" and "));
    }
}
