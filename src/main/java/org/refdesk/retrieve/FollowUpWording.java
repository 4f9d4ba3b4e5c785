package org.refdesk.retrieve;

import java.util.regex.Pattern;

/** The wordings {@link FollowUpRules} reads in a follow-up. Immutable and thread-safe. */
final class FollowUpWording {

    /** "the 2013 one", "that year's edition": one report asked for, not a subject. */
    static final Pattern ONE = Pattern.compile("(?i)\\b(one|edition|version|issue|report)\\b");
    static final Pattern OTHER = Pattern.compile("(?i)\\b(other|another|else|different)\\b");
    /** "any other memoirs", "some other studies": more reports of a kind, beyond those cited. */
    static final Pattern OTHERS_OF_A_KIND = Pattern.compile("(?i)\\b(any|some) other \\p{L}+s\\b");
    static final Pattern THE_OTHER = Pattern.compile(
            "(?i)\\bthe other (one|report|study|book|paper|document|edition)\\b|\\bthe other\\s*[?.!]?\\s*$");
    /** "the Indian one", "the NORC study": a cited report picked by its place, its maker or its title. */
    static final Pattern THE_NAMED_ONE = Pattern.compile(
            "(?i)\\bthe (\\p{L}[\\p{L}-]+) (one|report|study|book|paper|survey|article|review|guide)\\b");
    /**
     * "an older version of that guide": the cited report a demonstrative and the kind of document it is pick out
     * ("this estimation method" names a method, not a report).
     */
    static final Pattern THAT_KIND = Pattern.compile("(?i)\\b(?:that|this) (guide|handbook|manual|toolkit|report|"
            + "study|book|paper|article|survey|review|law|act|convention|protocol|treaty|directive|index|brochure|"
            + "leaflet|bulletin|estimates?)\\b");
    static final Pattern SELECTING = Pattern.compile(
            "(?i)\\b(which (one|of|is|report|study|book)|of (these|those|them)|among (these|those|them)|one of them|"
            + "any of them|either of)\\b");
    static final Pattern ORDINAL = Pattern.compile(
            "(?i)\\b(?:the )?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th) (?:one|report|study|book|paper|"
            + "document|source|result)\\b|\\[(\\d)]");
    private static final String ORGANISATION_WORDS = "organi[sz]ations?|agency|publisher|ngo|institute|foundation|"
            + "charity|university|ministry|department|office|commission|organi[sz]ers?|body|network|centre|center";
    static final Pattern AUTHOR_PRONOUN = Pattern.compile(
            "(?i)\\b(he|she|they)\\b.*\\b(written|wrote|write|published|publish|produced|done|put out|released"
            + "|issued)\\b"
            // "the one she did on cotton": a person made it ("did they find…" asks about the report)
            + "|\\b(he|she)(?: also| else)? (did|made|authored|edited|co-?wrote|co-?authored)\\b"
            + "|\\b(his|her|their) (other )?(work|books?|reports?|writing|publications?|papers?)\\b"
            + "|\\b(same|that|this) (authors?|researchers?|team|" + ORGANISATION_WORDS + ")\\b"
            // "for the same group", "in that same group" are the people a report is about, "from the same group" who
            // made it
            + "|(?<!\\b(?:for|on|about|among|amongst|in|to|with|affecting)\\s(?:(?:the|that|this)\\s)?)"
            + "\\b(same|that|this) (group|people)\\b"
            + "|\\b(by|from) (him|her|them)\\b|\\b(do|does|did) (they|he|she) have\\b");
    /** "that foundation", "the same agency": the cited report's maker that is an organisation, not its first author. */
    static final Pattern AN_ORGANISATION = Pattern.compile(
            "(?i)\\b(same|that|this) (" + ORGANISATION_WORDS + ")\\b");
    /** "in other countries", "elsewhere": beyond every place the cited reports cover, so none of them. */
    private static final String ELSEWHERE_WORDS =
            "\\b(in|for|from|to) other (countries|places|regions|settings|sectors)\\b|\\belsewhere\\b";
    /**
     * "is there a guide to it?", "has anyone reviewed it?": asking the library for other reports about what was
     * cited, not about what the cited report says ("what does it say about…", "is there anything in it…").
     */
    static final Pattern ABOUT_IT = Pattern.compile(
            "(?i)^\\s*(is there|are there|was there|were there|has there been|have there been|have any|"
            + "(has|did) (anyone|anybody|someone|somebody)|do we have|do you have|anything|any)\\b"
            + "|^\\s*(was|has) (it|this|that) (ever )?(been )?(reviewed|evaluated|assessed|studied|examined)\\b"
            // "did the drafters publish notes on what they meant?"
            + "|^\\s*(did|have|has) the \\p{L}+ (ever )?(publish|published|write|written|produce|produced|issue|"
            + "issued)\\b"
            + "|\\bfollow(ed)? (it|this|that) up\\b|" + ELSEWHERE_WORDS);
    static final Pattern ELSEWHERE = Pattern.compile("(?i)" + ELSEWHERE_WORDS);
    /**
     * "a toolkit for doing that", "organisations that want to do this": the pronoun is the work the earlier question
     * was about, not the report that answered it.
     */
    static final Pattern DOING_IT = Pattern.compile("(?i)\\b(do|doing|does|did|done) (that|this|it|so)\\b");
    static final Pattern IN_IT =
            Pattern.compile("(?i)\\b(in|inside|within) (it|this|that|them|these|those)\\b");
    static final Pattern AFTER = Pattern.compile(
            "(?i)\\b(after|since) (that|this|it|them|those|these|the two|both)\\b"
            + "|\\b(newer|more recent(ly)?|later)\\b");
    static final Pattern OLDER = Pattern.compile("(?i)\\b(older|earlier|before (that|this|it|them|those))\\b");
    /** "a later set of those estimates", "any newer round of it": the next edition, not one of those cited. */
    static final String LATER_SET = "\\b(a|any) (later|newer) (set|round|edition|issue|version|one|update|wave)\\b";
    static final Pattern LATER = Pattern.compile("(?i)" + LATER_SET);
    /** "the edition just before it", "the one right after": the step next to it. */
    private static final String RIGHT = "((just|right|immediately|directly) )?";
    /** "the next year's", "the following edition", "the edition from the year after": one step after the cited ones. */
    static final Pattern NEXT = Pattern.compile(
            "(?i)\\b(next|following|subsequent) (year'?s?|edition|issue|report|one|version|round|wave|set)\\b"
            + "|\\b(edition|issue|report|one|version) " + RIGHT + "after\\b"
            + "|\\b(came|come|published|released|adopted) after (it|that|this)\\b|\\b(ever )?(updated|revised)\\b"
            + "|\\b(an |a )?(update|newer version|new version) (of|to) (it|that|this)\\b"
            + "|\\b(a|an|any|the) (second|2nd|new|revised|updated) (edition|version)\\b|\\b(the )?year after\\b|"
            + LATER_SET);
    /** "did Murphy do one on cotton as well?", "Polaris also did a typology?": another report besides those cited. */
    static final Pattern ALSO = Pattern.compile("(?i)\\b(also|as well|too)\\b");
    /**
     * "anything just on the children in those services?", "more on that, specifically the stadium sites?": a report
     * on a narrower subject than those cited.
     */
    static final Pattern NARROWER = Pattern.compile(
            "(?i)\\b(just|only|specifically|solely|exclusively|purely) (on|about|for|covering|looking at)\\b"
            + "|\\bseparately\\b|\\b(specifically|particularly) (the|those|these)\\b");
    /** "much shorter", "a bit simpler", "far more critical": how much, before the comparison. */
    private static final String BY_HOW_MUCH = "(?:(?:much|far|way|a bit|a little|a lot|slightly|even) )?";
    /**
     * "is there a more critical take on tech?", "a shorter version for frontline staff?", "anything much shorter that
     * introduces it?": compared, without "than", with what the last reply cited, so another report than those (a
     * newer one is a step in time, read apart).
     */
    static final Pattern COMPARED = Pattern.compile(
            "(?i)\\b(a|an|any|something|anything|some|one) " + BY_HOW_MUCH + "(more|less) "
            + "(?!recent\\b|up\\b|current\\b|up-to-date\\b)\\p{L}{4,}\\b(?!.*\\bthan\\b)"
            + "|\\b(a|an|any|something|anything) " + BY_HOW_MUCH
            + "(shorter|simpler|briefer|broader|fuller|lighter|plainer|easier) (?!.*\\bthan\\b)");
    /** "the year before", "the previous edition": one step before the cited reports. */
    static final Pattern PREVIOUS = Pattern.compile(
            "(?i)\\b((previous|preceding|prior|earlier) (year'?s?|edition|issue|report|one|version|round|wave|set)"
            + "|(the )?year before"
            + "|(edition|issue|report|one|version) " + RIGHT + "before (that|this|it)?)\\b|\\b(came|come|published) "
            + "before (it|that|this)\\b|\\bthe original (edition|issue|report|version|review|study|survey|one)\\b");
    /** "the previous index", "the next survey": a step, when the word is one of the cited report's title. */
    static final Pattern PREVIOUS_OF = Pattern.compile("(?i)\\b(previous|prior|preceding|earlier) (\\p{L}+)");
    static final Pattern NEXT_OF = Pattern.compile("(?i)\\b(next|following|subsequent|newer|later) (\\p{L}+)");
    /** "are there other papers in that series?": the other reports that share the cited one's series name. */
    static final Pattern SERIES = Pattern.compile(
            "(?i)\\b(that|this|the same|same) series\\b|\\bseries like (that|this|it)\\b|\\bother (editions|issues|"
            + "papers|volumes|parts) (of|in) (that|this|it|the series)\\b");

    /** "the earlier editions", "any later issues?": the cited report's series before or after it. */
    static final Pattern SERIES_BEFORE = Pattern.compile(
            "(?i)\\b(earlier|previous|older|prior|past|preceding) (editions|issues|versions|volumes)\\b");
    static final Pattern SERIES_AFTER = Pattern.compile(
            "(?i)\\b(later|newer|more recent|subsequent|following) (editions|issues|versions|volumes)\\b");
    /** "which of the two is older?", "which one came out first?": one of the cited reports, chosen by its year. */
    static final Pattern OLDER_OF = Pattern.compile(
            "(?i)\\b(older|oldest|earlier|earliest|came (out )?first|published first)\\b");
    static final Pattern NEWER_OF = Pattern.compile(
            "(?i)\\b(newer|newest|more recent|most recent|later|latest|came (out )?(last|later))\\b");

    /** "the earliest edition we have", "the latest issue": an end of the cited report's series. */
    static final Pattern SERIES_END = Pattern.compile(
            "(?i)\\b(earliest|oldest|first|latest|newest|most recent|last|current) "
            + "(edition|issue|version|volume|one)s?\\b");
    static final Pattern SERIES_FIRST = Pattern.compile("(?i)\\b(earliest|oldest|first)\\b");

    private FollowUpWording() {
    }

    /** Whether the text asks for a step in time from the cited reports: the next or previous, newer or older one. */
    static boolean steps(String text) {
        return NEXT.matcher(text).find() || PREVIOUS.matcher(text).find() || AFTER.matcher(text).find()
                || OLDER.matcher(text).find();
    }
}
