package org.refdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFormatterTest {

    private final String md = ExportFormat.MD.format(List.of(Fixtures.PLAIN, Fixtures.NASTY, Fixtures.BARE));

    @Test
    void should_list_each_report_as_a_numbered_item_with_its_details() {
        assertThat(md).startsWith("# Reading list\n\n1. **Caring for Trafficked Persons** — Cathy Zimmerman, Ligia Kiss · 2009"
                + " · Worldwide · Referral Mechanisms\n   <https://example.org/caring.pdf>\n\n   Guidance for health providers.\n");
        assertThat(md).contains("\n3. **Untitled notes**\n");
    }

    @Test
    void should_escape_markdown_and_html_characters_in_record_text() {
        // given a title with emphasis, link, html and other specials, then each is backslash-escaped
        assertThat(md).contains("2. **Debt, \"bondage\" \\& 100% \\{forced\\} \\#labour\\_$ \\~^\\\\ \\*bold\\* "
                + "\\[link\\]\\(x\\) \\<b\\>**");
    }

    @Test
    void should_keep_an_abstract_from_starting_a_list_or_breaking_lines() {
        assertThat(md).contains("\n   1\\. First line second line, with \"quotes\"; ER  - fake end TY  - JOUR\n")
                .doesNotContain("\r");
        assertThat(MarkdownFormatter.escape("- item")).isEqualTo("\\- item");
    }
}
