package org.refdesk.retrieve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wordings {@link QueryUnderstanding} reads in a question. Immutable and thread-safe. */
final class QuestionWording {

    /** Words that shape a question but say nothing about its topic. */
    static final Set<String> QUESTION_WORDS = Set.of("cover", "covers", "covering", "covered", "report",
            "reports", "document", "documents", "publication", "publications", "resource", "resources", "material",
            "materials", "library", "anything", "something", "everything", "information", "info", "know", "tell",
            "show", "find", "give", "list", "need", "want", "look", "looking", "recommend", "available", "written",
            "wrote", "write", "writes", "author", "authors", "authored", "lead", "published", "publish", "year", "date",
            "read",
            "else", "more", "one", "ones", "another", "regarding", "related", "relating", "topic", "subject", "got",
            "titles", "title", "items", "works", "work", "collection", "say", "says", "said", "mention", "mentions",
            "discuss", "discusses", "address", "addresses", "deal", "deals", "focus", "focuses", "explain", "please",
            "hi", "hello", "thanks", "thank", "okay", "ok", "new", "old", "older", "earlier", "later", "recent",
            "latest", "newest", "newer", "oldest", "earliest", "first", "second", "last", "which", "the", "other",
            "came", "come", "comes", "out", "released", "release", "appeared", "appear", "exist", "exists", "there",
            "get", "produced",
            "issued", "dated", "anyone", "someone", "somebody", "us", "hold", "holds", "put", "edited", "edit",
            "editor", "editors", "stuff", "things", "thing", "kind", "sort", "type", "types", "kinds", "like",
            "every", "each", "complete", "full", "entire", "whole", "region", "regions",
            "edition", "editions", "co-authored", "co-written", "cowritten", "co-edited",
            "coauthored", "co-wrote", "co-published", "copublished", "co-publish", "co-produced", "contributed",
            "version", "versions", "copy", "copies", "possible", "after",
            "since", "both", "two", "pls", "plz", "thx", "abt", "piece", "pieces", "writings", "output", "outputs",
            "include", "includes", "including", "included", "worked", "catalogue", "catalog", "bibliography",
            "bibliographies", "holdings", "writing", "added", "add", "carry", "carries", "compile", "compiling",
            "itself", "only", "passing", "touching", "touches", "brought", "bring", "brings", "item", "involving",
            "involve", "involves", "involved", "concerning", "pertaining", "done", "specific", "specifically",
            "particularly", "especially", "mainly", "mostly", "primarily", "exactly", "esp", "eg", "ie", "etc", "incl",
            "relevant",
            "produce", "produces", "contribute", "contributes", "publishes", "useful", "helpful", "preparing",
            "prepare", "briefing", "country", "whats", "i'm", "i’m", "i've", "i'd", "i'll", "we're", "we've", "we'd",
            "we'll", "you're", "hers", "theirs", "here", "filed", "under",
            // "proper books", "the actual text": how much the asker means it, not what about
            "proper", "properly", "actual", "actually", "genuine", "genuinely", "real");
    static final Pattern PRONOUN = Pattern.compile(
            "(?i)\\b(it|its|this|that|these|those|they|them|their|the (report|book|study|paper|document|brochure|"
            + "toolkit|handbook|one|first|second|last|other|same)|which one|which of|the other|other one)\\b");
    /** "does it say anything about children?", "what does the report find on men?": what the cited report holds. */
    static final Pattern SAYS_IT = Pattern.compile("(?i)\\b(does|did|do) "
            + "(it|this|that|they|the (report|study|book|paper)) (say|mention|cover|discuss|talk|touch|address|include|deal|look at)\\b"
            + "|\\bwhat (does|did) (it|this|that|the (report|study|book|paper)) (say|find|recommend)\\b");
    /** "for the same group", "among the same women": the people a report is about, not the report. */
    static final Pattern SAME_PEOPLE = Pattern.compile("(?i)\\b(for|among|amongst|of|on|about|in|with|to) (the )?same "
            + "(group|groups|people|population|women|girls|boys|men|children|survivors|victims|workers|community)\\b");
    /** Pronouns that may stand for the people a report is about rather than for the report. */
    static final Pattern PEOPLE = Pattern.compile("(?i)\\b(they|them|their)\\b");
    /**
     * "where Albanian victims were interviewed about the help they got": a people pronoun after people the
     * question itself names stands for them, not for the reports cited before.
     */
    private static final String PEOPLE_NOUNS = "(victims|survivors|women|men|girls|boys|children|kids|adolescents|"
            + "teenagers|youths?|minors|workers|migrants|refugees|families|people|persons|fishers|fishermen|labourers|"
            + "laborers|farmworkers|employees|students|patients|mothers|parents)";
    private static final Pattern PEOPLE_NAMED = Pattern.compile("(?i)\\b" + PEOPLE_NOUNS + "\\b");
    /** "those women", "these workers": the people a report is about, not the report. */
    private static final Pattern THOSE_PEOPLE = Pattern.compile("(?i)\\b(these|those) (?=" + PEOPLE_NOUNS + "\\b)");

    /** A people pronoun, unless a question asks what "they" did ("how many workers did they survey?"). */
    private static final Pattern PEOPLE_AFTER = Pattern.compile(
            "(?i)(?<!\\b(did|do|does|have|has|had|were|was|are|is|will|would|can|could) )\\b(they|them|their)\\b");

    /**
     * The text without the people pronouns that come after people the text names, save those a question asks
     * about ("did they…"), which stand for the reports' makers, and without "these" or "those" before people.
     */
    static String withoutPeopleItNames(String question) {
        String text = THOSE_PEOPLE.matcher(question).replaceAll("");
        Matcher named = PEOPLE_NAMED.matcher(text);
        if (!named.find()) {
            return text;
        }
        return text.substring(0, named.end()) + PEOPLE_AFTER.matcher(text.substring(named.end())).replaceAll(" ");
    }
    /**
     * "how would you measure that in a household survey?", "how do we prevent it?": a pronoun after a verb whose
     * object is a phenomenon, never a report, stands for what the reports are about.
     */
    static final Pattern PHENOMENON = Pattern.compile("(?i)\\b(measur|count|estimat|prevent|stop|tackl|combat|fight|"
            + "address|end|reduc|detect|spot|identify|investigat|prosecut|eradicat|eliminat)(e|es|ed|ing|s)? "
            + "(it|that|this)\\b");
    static final Pattern STARTER = Pattern.compile(
            "(?i)^\\s*(and|also|what about|how about|anything (more|else|newer|older)|any (more|other|others)|"
            + "more|what else|which one|which of|same)\\b");
    /** "papers where Siân Oram is the lead author": a name, then its role; case counts (a name is capitalised). */
    static final Pattern NAMED_AUTHOR = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*\\s+(?:is|was)\\s+(?:the\\s+)?(?:first|lead|main|sole)\\s+author\\b");
    static final Pattern WHO = Pattern.compile(
            "(?i)\\b(who (wrote|authored|published|produced|made|is behind|was behind|'s behind|edited|did|conducted|"
            + "carried out|ran|led|commissioned|funded|prepared|compiled|researched|issued|released|sponsored|"
            + "put (it |this |that |them |these |those |the [a-z]+ (one |report |study )?)?(out|together)|"
            + "put (that|this|the) (report|study|book|paper|guide|survey) together)|"
            + "who (is|was|were|are) the [a-z]+ (behind|of) (it|this|that|them)|"
            // a law or a strategy is adopted, not written: "who adopted it?"
            + "who (adopted|passed|enacted|drafted|approved|signed) (it|this|that|them|these|those)\\b|"
            + "(researchers?|authors?|organi[sz]ations?|people|group|team) behind (it|this|that|them)|"
            + "who's the author|who's behind|by whom|^\\s*whose\\b|"
            + "whose (paper|report|study|book|document|work|research) is "
            + "(it|this|that)|names? of the (first |lead |main )?(researchers?|authors?|writers?|people)|"
            // "with Oram as lead author" names the author, it does not ask for one (see NAMED_AUTHOR)
            + "(?<!\\bas (?:the )?)(first|lead|main) author|"
            + "^\\s*(the )?authors?\\b|"
            + "(which|what) (other )?(organi[sz]ation|agency|author)s?|authors? of|written by|"
            // "which committee issued it?": the maker named by what kind of body it is
            // "which UN office put that out?"
            + "(which|what) ([\\p{L}-]+ )?(committee|body|institution|ministry|department|office|court|commission|"
            + "council|institute|university|foundation|charity|ngo|group|team|unit|publisher|agency) (issued|published|"
            + "wrote|produced|released|adopted|made|prepared|drafted|decided|is behind|was behind|"
            + "put (it |this |that |them )?out)|"
            + "who (is|was|were|are) (the|its|their) (authors?|writers?|researchers?|editors?|publishers?)|"
            // "did Amnesty do it on their own or with a partner?": who else made it
            + "(on (their|its|his|her) own|alone) or (with|together with|jointly with) |with (a |any )?partners?|"
            + "(who|which organi[sz]ations?) (did )?(they|it|he|she) (work|partner|team) with|"
            + "(who|which) (were|was) the partners?|"
            // "including ones it co-published with other agencies" lists; "was it co-published?" asks who made it
            + "(was|were|is|are) (it|this|that|they|these|those) co-?published|who co-?published)\\b");
    /**
     * "when they talk to someone", "when their story changes": "when" joining a clause about people, not asking for a
     * date ("when did they publish it?", "when it came out", "when they released it" still ask).
     */
    private static final String CONJUNCTION_WHEN = "(?:their|someone|somebody|people|a person|victims?|survivors?|"
            + "workers?|children|kids|you|we|i|he|she|they(?!\\s+(?:publish|release|wr[io]te|issu|put|brought|came|did"
            + "|do|first)\\w*))\\b";
    static final Pattern WHEN = Pattern.compile(
            "(?i)\\b(when(?!\\s+" + CONJUNCTION_WHEN + ")|what year|which year|how old|how recent|"
            + "publication (date|year)|date of)\\b"
            + "|\\b(and|,) (the )?(year|date)\\b|^\\s*(the )?(year|date)\\b");
    /** "which countries?", "what country was it done in?", "where was it carried out?": where a report is set. */
    static final Pattern WHERE = Pattern.compile("(?i)\\b((which|what)( \\w+)? (countries|country|nations|places)|"
            + "where (was|were|is|are|did) (it|this|that|they|these|those|the \\w+) (done|carried out|conducted|"
            + "based|set|held|run))\\b");
    static final Pattern LIST = Pattern.compile(
            "(?i)\\b(list|all (the )?(reports|publications|documents)|which (reports|publications|documents)|"
            + "what (reports|publications|documents)|what has .+ (written|published)|anything (on|about|from|by)|"
            + "do (?:you|we) (?:have|hold|keep|stock)|have (?:we|you) got|is there anything|everything|"
            + "all (of )?(the )?(work|reports|material)|"
            + "what (else )?is there|show me all|all of [\\p{L}-]+['’]s|every(?! (year|day|week|month|time|one)\\b)|"
            + "all (of )?(the )?([\\p{L}'’-]+ ){1,6}(reports|publications|documents|papers|studies|editions|books"
            + "|guides|evaluations))\\b"
            // "the UNODC issue papers - all of them"
            + "|(?:\\s[-\u2013\u2014]|[,:;])\\s*all of them\\s*[.!?]*\\s*$");
    /**
     * "the Middle East and North Africa as a whole (region rather than one country)", "region-wide": the region, not
     * its countries one by one; wording about the place, no topic.
     */
    static final Pattern WHOLE_PLACE = Pattern.compile("(?i)\\b(as a whole|(the )?whole region|region-?wide)\\b");
    /** "rather than one country": the same as "as a whole", in words ("rather") that would read as a topic. */
    private static final Pattern NOT_ONE_COUNTRY = Pattern.compile(
            "(?i)\\brather than (one|a single|single|individual|separate|each) (countr(y|ies)|nations?)\\b");
    /**
     * "can you help me write my leave report", "how do I renew my passport", "please book me a train": a task of the
     * asker's own to be done, not reading wanted ("help me draft a policy on forced labour" asks for reading); what the
     * library holds on it must be in its words, closeness in meaning is no evidence.
     */
    static final Pattern TASK = Pattern.compile("(?i)\\b(?:(?:how|where) (?:do|can|should|would) (?:i|we)|"
            + "(?:can|could|would|will) you(?: please)?(?: help me)?|help me|please)\\s+(?:to\\s+)?(?:write|draft|"
            + "fill (?:in|out)|submit|book|fix|reset|renew|translate|format|proofread|schedule|calculate|claim|file|"
            + "register|unblock|unlock|install|update|cancel|pay|order|print)\\b(?=[^.?!]*\\b(?:my|me)\\b)");
    static final Pattern MORE_RECENT =
            Pattern.compile("(?i)\\b(more recent|newer|anything recent|latest|newest)\\b");
    static final Pattern SIMILAR =
            Pattern.compile("(?i)\\b(similar|like (that|this|it|the (first|second|third|last|other) one)"
                    + "|the same (kind|sort|topic)|(along|on) the same lines|in the same vein"
                    + "|(an?|the) ([a-z]+ )?(equivalent|counterpart)s?)\\b");
    /**
     * "did Amnesty also look at domestic workers there?", "in that country": the place of the report pointed back
     * at; "is there", "there are" only say that something exists.
     */
    static final Pattern THERE = Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|be|been|isn't|aren't|wasn't)\\s)"
            + "(?<!^)(?<!^\\s)\\bthere\\b(?!\\s+(?:is|are|was|were|has|have|had|been|will|would|may|might|seems?|"
            + "exists?|isn't|aren't|wasn't)\\b)(?!['’]s)|\\b(that|this|the same) (country|place)\\b");
    /** "the region", "that part of the world": where the report a follow-up points at is about. */
    static final Pattern THE_REGION = Pattern.compile(
            "(?i)\\b(the|that|this|same) (region|area|part of the world)\\b");
    static final Pattern OLDEST = Pattern.compile("(?i)\\b(earliest|oldest|first published|first ever|very first"
            + "|first (edition|issue|volume))\\b");
    /** "every edition of the TIP report", "all the GSI editions": the series, newest first. */
    static final Pattern EDITIONS = Pattern.compile("(?i)\\b(every|all|each|which|list)\\b.*\\beditions?\\b"
            + "|\\beditions\\b");
    /** A question about an edition of a series ("which edition was the one about…"). */
    static final Pattern EDITION = Pattern.compile("(?i)\\b(edition|editions|volume|volumes)\\b");
    /** "the latest", "an up to date guide" ("more up to date than 2008" is the next one after, not the newest). */
    static final Pattern NEWEST = Pattern.compile(
            "(?i)\\b(most recent|latest|newest|last published|(?<!more )up[ -]to[ -]date)\\b");

    /**
     * "different topic: …", "ok thanks. separate question - …", "On another note, …": the asker starts afresh.
     * The cue must end in punctuation (or "but"), so "other topics in that report?" is not one.
     */
    private static final Pattern NEW_TOPIC = Pattern.compile("(?i)^(?:[^.!?:;]{0,30}[.!?;]\\s*)?(?:on )?(?:an? )?"
            + "(?:(?:different|new|separate|unrelated|another|other) (?:topic|question|subject|matter|note|thing)"
            + "|chang(?:e|ing) (?:of |the )?(?:topic|subject)|switching (?:topics?|subjects?))"
            + "\\s*(?:[:;,.!\u2013\u2014-]+|\\bbut\\b)\\s*");

    /**
     * "I'm off to a workshop in Brazil next month, what do we have on Brazil?": a request that closes the question
     * after a sentence or clause that only says why it is asked.
     */
    private static final Pattern CLOSING_REQUEST = Pattern.compile("(?i)^.+(?:[.!?;:,]|\\s[\u2013\u2014-])\\s+"
            + "((?:so |and |but )?(?:what do (?:we|you) have|what have (?:we|you) got|what(?: else)? is there"
            + "|what's there|do (?:we|you) have anything|is there anything|have (?:we|you) got anything|anything)"
            + " (?:on|about|from|by)\\b.+)$");

    /**
     * "I'm on a country visit to Cyprus next month, what should I read before I go?": a request for reading with no
     * subject of its own, closing a clause that says why it is asked; the clause is group 1.
     */
    private static final Pattern READING_REQUEST = Pattern.compile("(?i)^(.+?)(?:[.!?;:,]|\\s[\u2013\u2014-])\\s+"
            + "(?:so |and |but |then )?(?:what (?:should|could|would|can|do|must|ought) (?:i|we) (?:to )?"
            + "(?:read|look at|know|have a look at)|what (?:would|do|can|could) you (?:recommend|suggest)"
            + "|(?:is there )?anything (?:i|we) (?:should|could|ought to|must) (?:read|look at|know)"
            + "|(?:any )?(?:background |recommended |suggested )?(?:reading|readings|reading list|recommendations"
            + "|suggestions)|where (?:do|should) (?:i|we) start|what to read)\\b[^.!?]*[.!?]*\\s*$");

    /**
     * ", not commentary on one", "- not the UN protocol", "(not the country profiles)", ", rather than two separate
     * things": a clause after a break that sets something aside. Not "not just Italy" (that one and more), and not a
     * "not" that describes ("beaten, not paid for months", ", not allowed to leave", ", not too clinical").
     */
    private static final Pattern SET_ASIDE = Pattern.compile("(?i)(?:[,;(]|\\s[-\u2013\u2014])\\s*(?:and |but )?"
            + "(?:not|rather than|instead of)\\s+(?!(?:just|only|simply|merely|too|so|very|yet|all|always|even|ever"
            + "|allowed|able|paid|free|given|told|let|sure|known|\\w+ed|\\w+ing)\\b)[^,.;:?!()]*");

    /** The text without the clauses that set something aside ("proper books, not reports": proper books). */
    static String withoutSetAside(String text) {
        return SET_ASIDE.matcher(text).replaceAll(" ");
    }

    /** The text with "rather than one country" written as "as a whole". */
    static String asWhole(String text) {
        return NOT_ONE_COUNTRY.matcher(text).replaceAll("as a whole");
    }

    private QuestionWording() {
    }

    /** The request that closes the question after a clause saying why it is asked; empty when there is none. */
    static Optional<String> closingRequest(String text) {
        Matcher m = CLOSING_REQUEST.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The clause before a closing request for reading that names no subject; empty when there is none. */
    static Optional<String> reasonBeforeReading(String text) {
        Matcher m = READING_REQUEST.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The question without its earlier turns when it says it starts a new topic (and without the cue). */
    static Question afterTopicChange(Question question) {
        String text = question.text().strip();
        Matcher m = NEW_TOPIC.matcher(text);
        if (question.history().isEmpty() || !m.find() || m.end() == text.length()) {
            return question;
        }
        return new Question(text.substring(m.end()), List.of(), question.filters());
    }
}
