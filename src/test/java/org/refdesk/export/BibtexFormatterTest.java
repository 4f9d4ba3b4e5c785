package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BibtexFormatterTest {

    private static final Pattern ENTRY = Pattern.compile("@techreport\\{([^,\\s]+),\\n");
    private final String bib = ExportFormat.BIBTEX.format(
            List.of(Fixtures.PLAIN, Fixtures.NASTY, Fixtures.BARE, Fixtures.SAME_AUTHOR_YEAR));

    @Test
    void should_give_each_entry_a_unique_ascii_key() {
        // when the keys are read
        List<String> keys = new ArrayList<>();
        Matcher m = ENTRY.matcher(bib);
        while (m.find()) {
            keys.add(m.group(1));
        }

        // then there is one per record, made of ASCII letters and digits, none repeated
        assertThat(keys).containsExactly("zimmerman2009", "zimmerman2014", "untitled", "zimmerman2009a");
    }

    @Test
    void should_keep_braces_balanced_in_every_entry_as_bibtex_counts_them() {
        // BibTeX counts every brace, escaped or not, so each entry must balance and never dip below zero
        for (String entry : bib.split("\\n\\n")) {
            int depth = 0;
            for (char c : entry.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                assertThat(depth).isGreaterThanOrEqualTo(0);
            }
            assertThat(depth).as(entry).isZero();
        }
    }

    @Test
    void should_escape_tex_special_characters() {
        assertThat(bib).contains("title = {{Debt, \"bondage\" \\& 100\\% \\textbraceleft{}forced\\textbraceright{} "
                + "\\#labour\\_\\$ \\textasciitilde{}\\textasciicircum{}\\textbackslash{} *bold* [link](x) "
                + "\\textless{}b\\textgreater{}}},");
    }

    @Test
    void should_write_the_required_fields_and_others_for_et_al() {
        assertThat(bib).contains("  title = {{Caring for Trafficked Persons}},\n", "  author = {Zimmerman, Cathy and Kiss, Ligia},\n",
                "  year = {2009},\n", "  institution = {{International Organization For Migration}},\n",
                "  url = {https://example.org/caring.pdf}\n}");
        assertThat(bib).contains("  author = {Zimmerman, C. and others},\n");
        assertThat(bib).doesNotContain("\r");
    }
}
