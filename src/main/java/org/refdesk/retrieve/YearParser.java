package org.refdesk.retrieve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads year restrictions from a question: "from 2017", "before 2011", "since 2015", "between 2010 and
 * 2015", "2010-2015", "the 2010s", "the early 2000s", "recent". Stateless and thread-safe.
 */
final class YearParser {

    private static final String Y = "((?:18|19|20)\\d{2})";
    /** "mid-2010", "early 2008": a part of a year bounds a range as the year does. */
    private static final String PART = "(?:(?:early|mid|late)[- ]?)?";
    private static final Pattern BETWEEN = Pattern.compile(
            "(?i)\\b(?:between|from)\\s+" + PART + Y + "\\s*(?:and|to|until|till|through|-|–)\\s*" + PART + Y
            + "\\b|\\b" + Y + "\\s*(?:[-–]|\\s(?:to|until|till|through)\\s)\\s*" + PART + Y + "\\b");
    /** "from 2017 on" ends there: in "from 2017 on Uzbekistan" the "on" belongs to the place. */
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(since|after|from)\\s+" + Y
            + "(\\s+(on(wards?)|on(?=\\s*$|\\s*[,.;:?!)]|\\s+(?:and|or|but|please)\\b)|or later))?\\b|\\b" + Y
            + "\\s+(or later|onwards?|and later|and after)\\b");
    /** "anything more up to date than 2008?", "newer than 2015": after that year. */
    private static final Pattern NEWER_THAN = Pattern.compile("(?i)\\b(?:more recent|newer|later|more up[- ]to[- ]date)"
            + "\\s+than\\s+(?:the\\s+)?" + Y + "\\b(?:\\s+(?:one|edition|report|version))?");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(before|prior to|until|till|up to|by|earlier than)"
            + "\\s+" + Y + "\\b|\\b" + Y + "\\s+(or earlier|and earlier|and before)\\b");
    /** "2018/19": a season or a financial year, which runs into the next year. */
    private static final Pattern SEASON = Pattern.compile("(?i)\\b(?:in|of|during|for)?\\s*" + Y + "/(\\d{2})\\b");
    /** Words before a year that make it the publication year asked for. */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\b(published|dated|year|released|issued|out)(\\s+(in|during))?\\s*$");
    private static final Pattern IN = Pattern.compile("(?i)\\b(?:in|of|during|published|dated|year)?\\s*" + Y + "\\b");
    private static final Pattern DECADE = Pattern.compile(
            "(?i)\\b(?:(?:in|from|during|of)\\s+)?(?:the\\s+)?"
            + "(?:(early|first half of the|late|second half of the|mid)\\s+)?"
            + "(?:the\\s+)?['’]?((?:18|19|20)\\d|(?<=(?:the|early|late|mid) |['’])\\d)0s\\b");
    /** Another period after the first one read: "... or from the year 2000", "... and the '90s". */
    private static final Pattern JOINED = Pattern.compile(
            "(?i)\\b(or|and)\\s+(\\S+\\s+){0,3}?(['’]?\\d0s|(18|19|20)\\d{2})\\b");
    /**
     * "the 2015 earthquake", "the 2018 cotton harvest", "the 2015 Nepal earthquake", "the 2015-16 refugee crisis": a
     * year naming an event (after at most two capitalised words of its name), not when a report came out; the words
     * after the first one.
     */
    private static final Pattern EVENT = Pattern.compile("\\b" + Y + "(?:[/\\-–]\\d{2})?\\s+"
            + "(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(\\p{Ll}[\\p{Ll}-]{3,})\\b((?:\\s+[\\p{L}-]+){0,3})");
    /** "the mass graves found in 2015", "after the war broke out in 2011": a year something happened in. */
    private static final Pattern HAPPENED_IN = Pattern.compile("(?i)\\b(?:found|discovered|uncovered|unearthed|"
            + "happened|occurred|began|started|struck|erupted|broke out|took place|died|killed)\\s+(?:in\\s+)?"
            + PART + Y + "\\b");
    /**
     * "the 1951 Convention", "the 2000 Palermo Protocol", "the Modern Slavery Act 2015", "the TVPA of 2000": a year
     * in the name of a legal instrument names the instrument, not when a report came out.
     */
    private static final Pattern INSTRUMENT = Pattern.compile("\\b" + Y + "\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}"
            + "(?i:convention|protocol|declaration|directive|treaty|charter)\\b"
            + "|\\b(?i:act|directive|convention)\\s+(?:(?i:of)\\s+)?" + Y + "\\b");
    /** Words that make a year a publication year when they follow soon after it ("2020 UK modern slavery report"). */
    private static final Set<String> DOCUMENT_WORDS = Set.of("report", "reports", "edition", "editions", "estimates",
            "index", "survey", "study", "studies", "statistics", "review", "assessment", "evaluation", "update",
            "guidelines", "guidance", "guide", "handbook", "toolkit", "summary", "bulletin", "paper", "papers",
            "publication", "publications", "version", "round", "book", "article", "document", "manual", "law", "act",
            "research", "analysis", "briefing");
    /**
     * Words right after a year that still make it a publication year ("2017 reports", "2016 edition", "2019 annual
     * report", "2018 onwards"): the document words and the words that carry on a sentence about one.
     */
    private static final Set<String> NOT_EVENTS = union(DOCUMENT_WORDS, Set.of("estimate", "surveys", "data", "figures",
            "reviews", "issue", "annual", "global", "onwards", "onward", "about", "with", "from", "that", "which",
            "were", "have", "into", "through", "until", "till", "only", "there", "what", "when", "where", "please",
            "and", "later", "earlier", "books", "articles", "documents", "brochure", "factsheet", "leaflet", "pls",
            "itself", "alone"));
    private static final Pattern RECENT =
            Pattern.compile("(?i)\\b(recent|recently|latest|newest|up[- ]to[- ]date|more recent|newer|lately|"
                    + "(in |over |during )?the (last|past) (few|couple of|several) years|these days|nowadays|"
                    + "current)\\b");

    /**
     * Years matched, the phrase to show, and the question with the year words taken out; {@code bare} when the year
     * stands alone or after "in" ("mass graves 2015", "along the Balkan route in 2015"), where it may be the year of
     * what the question is about rather than a publication year.
     */
    record Years(Integer from, Integer to, boolean recent, String label, String rest, boolean bare) {
        Years(Integer from, Integer to, boolean recent, String label, String rest) {
            this(from, to, recent, label, rest, false);
        }

        /** The same words, read as naming no years. */
        Years withoutYears() {
            return new Years(null, null, false, null, rest);
        }
    }

    /** The decade's first three digits: 199 of "the 1990s"; "the 90s" is 199, "the 10s" 201 (not the 1910s). */
    private static int decadeStem(String digits) {
        int d = Integer.parseInt(digits);
        return digits.length() > 1 ? d : d >= 3 ? 190 + d : 200 + d;
    }

    /**
     * The years a question asks for; two periods joined by "or" / "and" that meet ("the 1990s or the year 2000")
     * are one range.
     */
    Years parse(String question) {
        Years first = parseOne(question);
        if (first.from() == null || first.to() == null || !JOINED.matcher(first.rest()).find()) {
            return first;
        }
        Years second = parseOne(first.rest());
        if (second.from() == null || second.to() == null || second.from() > first.to() + 1
                || first.from() > second.to() + 1) {
            return first;
        }
        int from = Math.min(first.from(), second.from());
        int to = Math.max(first.to(), second.to());
        return new Years(from, to, false, "from " + from + " to " + to, second.rest());
    }

    private Years parseOne(String question) {
        Matcher m = DECADE.matcher(question);
        if (m.find()) {
            int start = decadeStem(m.group(2)) * 10;
            String part = m.group(1) == null ? "" : m.group(1).toLowerCase();
            int from = part.startsWith("late") || part.startsWith("second") ? start + 5
                    : part.startsWith("mid") ? start + 3 : start;
            int to = part.startsWith("early") || part.startsWith("first") ? start + 4
                    : part.startsWith("mid") ? start + 6 : start + 9;
            return new Years(from, to, false, "from " + from + " to " + to, cut(question, m));
        }
        m = BETWEEN.matcher(question);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int b = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            return new Years(Math.min(a, b), Math.max(a, b), false, "from " + Math.min(a, b) + " to " + Math.max(a, b),
                    cut(question, m));
        }
        m = NEWER_THAN.matcher(question);
        if (m.find()) {
            int from = Integer.parseInt(m.group(1)) + 1;
            return new Years(from, null, false, "from " + from + " on", cut(question, m));
        }
        m = AFTER.matcher(question);
        if (m.find()) {
            String word = m.group(1) == null ? "since" : m.group(1).toLowerCase();
            int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(6));
            if (word.equals("from") && m.group(3) == null) {
                return new Years(year, year, false, "from " + year, cut(question, m));
            }
            int from = word.equals("after") ? year + 1 : year;
            return new Years(from, null, false, "from " + from + " on", cut(question, m));
        }
        m = BEFORE.matcher(question);
        if (m.find()) {
            String word = m.group(1) == null ? "until" : m.group(1).toLowerCase();
            int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            int to = word.startsWith("before") || word.startsWith("prior") || word.startsWith("earlier") ? year - 1
                    : year;
            return new Years(null, to, false, "up to " + to, cut(question, m));
        }
        m = SEASON.matcher(question);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if ((year + 1) % 100 == Integer.parseInt(m.group(2)) && !namesEvent(question, m.group(1))) {
                return new Years(year, year + 1, false, "from " + year + " to " + (year + 1), cut(question, m));
            }
        }
        m = IN.matcher(question);
        while (m.find()) {
            if (!namesEvent(question, m.group(1)) && !namesInstrument(question, m.group(1))) {
                int year = Integer.parseInt(m.group(1));
                // "the 2014 edition", "published in 2015": the year of a publication
                boolean bare = !PUBLISHED.matcher(question.substring(0, m.start(1))).find()
                        && !DOCUMENT_WORDS.contains(nextWord(question, m.end(1)));
                return new Years(year, year, false, "from " + year, cut(question, m), bare);
            }
        }
        m = RECENT.matcher(question);
        if (m.find()) {
            return new Years(null, null, true, "recent", cut(question, m));
        }
        return new Years(null, null, false, null, question);
    }

    /** The word right after a position, lower-cased; empty at the end. */
    private static String nextWord(String text, int at) {
        String[] words = text.substring(at).strip().toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 3);
        return words.length == 0 ? "" : words[0];
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * True when the year is followed by a word that makes it an event's year ("the 2015 earthquake"), or follows what
     * happened in it ("graves found in 2015").
     */
    private static boolean namesEvent(String question, String year) {
        Matcher happened = HAPPENED_IN.matcher(question);
        while (happened.find()) {
            if (happened.group(1).equals(year)) {
                return true;
            }
        }
        Matcher m = EVENT.matcher(question);
        while (m.find()) {
            if (m.group(1).equals(year) && !NOT_EVENTS.contains(m.group(2)) && Arrays.stream(
                    m.group(3).strip().toLowerCase(Locale.ROOT).split("\\s+")).noneMatch(DOCUMENT_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** True when the year is part of a legal instrument's name ("the 1951 Convention"). */
    private static boolean namesInstrument(String question, String year) {
        Matcher m = INSTRUMENT.matcher(question);
        while (m.find()) {
            if (year.equals(m.group(1)) || year.equals(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String question, Matcher m) {
        return (question.substring(0, m.start()) + " " + question.substring(m.end())).replaceAll("\\s+", " ").strip();
    }
}
