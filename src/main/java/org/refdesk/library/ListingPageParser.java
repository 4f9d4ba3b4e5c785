package org.refdesk.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the resource library's scraped listing page: a page heading (the category), then per entry a
 * title line, an abstract paragraph and labelled blocks ({@code Country}, {@code Region}, {@code Authors},
 * {@code Year}, {@code Category}), each label on its own line followed by one value per line.
 * Stateless and thread-safe.
 */
public final class ListingPageParser {

    static final Set<String> LABELS = Set.of("Country", "Region", "Authors", "Year", "Category");
    private static final Set<String> PAGE_CHROME = Set.of("skip to main content");
    /** A line of initials and/or "et al." continues the author on the line before ("Zimmerman" / "C. Et Al."). */
    private static final Pattern AUTHOR_CONTINUATION =
            Pattern.compile("^(([A-Z]\\.\\s*)+)?(et\\.?\\s+al\\.?)?$", Pattern.CASE_INSENSITIVE);

    public ParseResult parse(String file, String content) {
        List<Publication> pubs = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        String heading = null;
        List<Block> pending = new ArrayList<>();
        for (Block block : blocks(content)) {
            if (!block.hasLabel()) {
                if (!PAGE_CHROME.contains(block.text().toLowerCase(Locale.ROOT))) {
                    pending.add(block);
                }
                continue;
            }
            Block abstractBlock = null;
            if (pending.size() >= 2 && pending.get(pending.size() - 1).isParagraph()) {
                abstractBlock = pending.remove(pending.size() - 1);
            }
            Block title = pending.isEmpty() ? null : pending.remove(pending.size() - 1);
            if (heading == null && pubs.isEmpty() && problems.isEmpty() && pending.size() == 1) {
                heading = pending.remove(0).text();
            }
            orphans(file, pending, problems);
            try {
                pubs.add(entry(title, abstractBlock, block, heading));
            } catch (InvalidRecordException e) {
                problems.add(new ParseProblem(file, title == null ? block.line() : title.line(), e.getMessage()));
            }
        }
        if (!pubs.isEmpty() || !problems.isEmpty()) {
            orphans(file, pending, problems);
        }
        return new ParseResult(file, pubs, problems);
    }

    private static void orphans(String file, List<Block> pending, List<ParseProblem> problems) {
        for (Block orphan : pending) {
            problems.add(new ParseProblem(file, orphan.line(), "text '" + shorten(orphan.text())
                    + "' is not followed by a Country/Region/Authors/Year/Category block"));
        }
        pending.clear();
    }

    private Publication entry(Block titleBlock, Block abstractBlock, Block body, String heading) {
        if (titleBlock == null) {
            throw new InvalidRecordException("entry at line " + body.line() + " has no title line before it");
        }
        String title = RecordFields.title(titleBlock.text());
        StringBuilder abstractText = new StringBuilder(abstractBlock == null ? "" : abstractBlock.text());
        Map<String, List<String>> labelled = new LinkedHashMap<>();
        List<String> current = null;
        for (int i = 0; i < body.lines().size(); i++) {
            String line = body.lines().get(i).strip();
            if (LABELS.contains(line)) {
                if (labelled.containsKey(line)) {
                    throw new InvalidRecordException("'" + shorten(title) + "' has the label " + line + " twice (line "
                            + (body.line() + i) + ")");
                }
                current = new ArrayList<>();
                labelled.put(line, current);
            } else if (current == null) {
                abstractText.append(' ').append(line);
            } else {
                current.add(line);
            }
        }
        RecordFields.Authors authors = RecordFields.authors(joinContinuations(labelled.getOrDefault("Authors",
                List.of())));
        List<String> years = RecordFields.values(labelled.getOrDefault("Year", List.of()));
        if (years.size() > 1) {
            throw new InvalidRecordException("'" + shorten(title) + "' has more than one year: " + years);
        }
        List<String> categories = RecordFields.values(labelled.getOrDefault("Category", List.of()));
        String category = categories.isEmpty() ? heading : String.join("; ", categories);
        return new Publication(RecordFields.slug(title), title, RecordFields.abstractText(abstractText.toString()),
                RecordFields.values(labelled.getOrDefault("Country", List.of())),
                RecordFields.values(labelled.getOrDefault("Region", List.of())),
                authors.names(), authors.affiliations(),
                RecordFields.year(years.isEmpty() ? null : years.get(0)), category, null);
    }

    private static List<String> joinContinuations(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && AUTHOR_CONTINUATION.matcher(line).matches()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static List<Block> blocks(String content) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "");
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    start = i + 1;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current));
        }
        return blocks;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A run of non-blank lines; {@code line} is the 1-based number of its first line. */
    private record Block(int line, List<String> lines) {
        Block {
            lines = List.copyOf(lines);
        }

        boolean hasLabel() {
            return lines.stream().anyMatch(l -> LABELS.contains(l.strip()));
        }

        /** Several lines, or one long one: an abstract rather than a title. */
        boolean isParagraph() {
            return lines.size() > 1 || text().length() > 300;
        }

        String text() {
            return RecordFields.clean(String.join(" ", lines));
        }
    }
}
