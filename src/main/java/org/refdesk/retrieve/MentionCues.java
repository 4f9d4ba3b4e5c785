package org.refdesk.retrieve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a name in a question is worded as a constraint ("reports on Nepal", "published by UNODC",
 * "Zimmerman's work", "in the Health category") or only as part of the topic ("Nepal health study",
 * "health consequences"). A constraint becomes a filter; a topic word stays a search word, and the
 * ranking decides. Stateless and thread-safe.
 */
final class MentionCues {

    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?i)\\b(on|about|in|from|for|regarding|concerning|covering|covers?|covered|across|within|inside|into|"
            + "to|of|at|filed under|listed under)\\s+(the\\s+)?$");
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?i)\\b(by|from|of|at|did|does|has|have|had)\\s+(the\\s+)?$");
    private static final Pattern NAME_AFTER = Pattern.compile(
            "(?i)^\\s*(['’]s?\\b|\\s*(has|have|had|did|does)?\\s*(written|wrote|write|published|publish|produced|"
            + "produce|released|release|authored|done|put "
            + "out|issued|worked on|contributed to|co-?authored|co-?wrote|co-?written|edited|led|compiled)\\b"
            // "papers where Siân Oram is the lead author"
            + "|\\s*(is|was|as)\\s+(the\\s+|a\\s+|an\\s+)?(first\\s+|lead\\s+|main\\s+|senior\\s+|co-?)?"
            + "(authors?|editors?|writers?)\\b"
            // "Laura Murphy, Sheffield Hallam - what of hers is in here?"
            + "|[^.?!]{0,40}?\\b(what|anything|something|everything|which)( else)? (of|by) (hers|his|theirs)\\b"
            + "|\\s*(on|about)\\b|\\s*(reports?|publications?|papers?|studies|study|"
            + "guidance|guidelines|handbooks?|manuals?|estimates|data|work|books?|articles?|evaluations?|"
            + "investigations?|surveys?|research|reviews?|toolkits?|briefs?|briefings?|assessments?|analys[ie]s)\\b)");
    /** A place that opens an institution's name ("the US State Department", "the UK Home Office"). */
    private static final Pattern INSTITUTION_AFTER = Pattern.compile(
            "(?i)^\\s*(state\\s+department|department|departments|ministry|ministries|government|govt|home\\s+office|"
            + "foreign\\s+office|embassy|congress|senate|parliament|police|authorities|agency)\\b");
    /** "the Georgia one", "the UK equivalent": a report, and the place says which. */
    private static final Pattern PLACE_ONE = Pattern.compile("(?i)^\\s*(one|ones|equivalents?|counterparts?)\\b");
    private static final Pattern BARE = Pattern.compile("[\\s\\p{Punct}]*");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}[\\p{L}-]*)");
    /** A word of four letters or more in lower case: the question is not written in title case. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\b\\p{Ll}{4,}\\b");
    private static final Pattern CATEGORY_BEFORE = Pattern.compile(
            "(?i)\\b(category|section|filed under|under|shelf)\\s+(the\\s+)?$");
    private static final Pattern CATEGORY_AFTER = Pattern.compile("(?i)^\\s*(category|section|shelf)\\b");

    private MentionCues() {
    }

    /**
     * True when the words around the mention in {@code text}, or around another place the question writes the
     * same name ("a briefing on Vietnam - everything that covers Vietnam"), make it a constraint.
     */
    static boolean explicit(Mention m, String text) {
        if (explicitAt(m, text, m.start(), m.end())) {
            return true;
        }
        for (String phrase : m.phrases()) {
            Matcher at = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (at.find()) {
                if (at.start() != m.start() && explicitAt(m, text, at.start(), at.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "every edition of the US Trafficking in Persons report", "the UK Modern Slavery Act": a place written right
     * before a capitalised name (in a question not written all in capitals) says whose the named thing is, not what
     * the reports are about.
     */
    static boolean opensName(Mention m, String text) {
        if (m.kind() != Mention.Kind.PLACE || m.end() >= text.length()) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text.substring(m.end()));
        return next.lookingAt() && Character.isUpperCase(next.group(1).charAt(0))
                && !Character.isUpperCase(next.group(1).charAt(next.group(1).length() - 1))
                && LOWER_WORD.matcher(text).find();
    }

    private static boolean explicitAt(Mention m, String text, int start, int end) {
        String before = text.substring(0, Math.min(start, text.length()));
        String after = text.substring(Math.min(end, text.length()));
        if (BARE.matcher(before).matches() && BARE.matcher(after).matches()) {
            // a question that is only a name ("Kevin Bales?", "UNODC") asks for what is filed under it
            return true;
        }
        return switch (m.kind()) {
            case PLACE -> PLACE_BEFORE.matcher(before).find() && !INSTITUTION_AFTER.matcher(after).find()
                    || PLACE_ONE.matcher(after).find();
            case PERSON, ORGANISATION -> NAME_BEFORE.matcher(before).find() || NAME_AFTER.matcher(after).find();
            case CATEGORY -> CATEGORY_BEFORE.matcher(before).find() || CATEGORY_AFTER.matcher(after).find();
        };
    }
}
