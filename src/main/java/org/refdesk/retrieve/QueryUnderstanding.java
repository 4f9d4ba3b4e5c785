package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * Turns a question and its conversation into an {@link Understanding}: year ranges, places, people,
 * organisations and categories from the collection's vocabulary, document-type words, metadata
 * questions, and follow-ups resolved against the reports cited before. No LLM. Thread-safe.
 */
public final class QueryUnderstanding {

    /** Words that shape a question but say nothing about its topic. */
    private static final Set<String> QUESTION_WORDS = Set.of("cover", "covers", "covering", "covered", "report",
            "reports", "document", "documents", "publication", "publications", "resource", "resources", "material",
            "materials", "library", "anything", "something", "everything", "information", "info", "know", "tell",
            "show", "find", "give", "list", "need", "want", "look", "looking", "recommend", "available", "written",
            "wrote", "write", "writes", "author", "authors", "authored", "published", "publish", "year", "date", "read",
            "else", "more", "one", "ones", "another", "regarding", "related", "relating", "topic", "subject", "got",
            "titles", "title", "items", "works", "work", "collection", "say", "says", "said", "mention", "mentions",
            "discuss", "discusses", "address", "addresses", "deal", "deals", "focus", "focuses", "explain", "please",
            "hi", "hello", "thanks", "thank", "okay", "ok", "new", "old", "older", "earlier", "later", "recent",
            "latest", "newest", "newer", "first", "second", "last", "which", "the", "other", "came", "come", "comes",
            "out", "released", "release", "appeared", "appear", "exist", "exists", "there", "get", "produced",
            "issued", "dated", "anyone", "someone", "somebody", "us", "hold", "holds", "put", "edited", "edit",
            "editor", "editors", "stuff", "things", "thing", "kind", "sort", "type", "types", "kinds", "like",
            "every", "each", "complete", "full", "entire", "whole", "edition", "editions", "co-authored",
            "coauthored", "co-wrote", "contributed", "version", "versions", "copy", "copies", "possible");
    private static final Pattern PRONOUN = Pattern.compile(
            "(?i)\\b(it|its|this|that|these|those|they|them|their|the (report|book|study|paper|document|brochure|"
            + "toolkit|handbook|one|first|second|last|other|same)|which one|which of|the other|other one)\\b");
    private static final Pattern STARTER = Pattern.compile(
            "(?i)^\\s*(and|also|what about|how about|anything (more|else|newer|older)|any (more|other|others)|"
            + "more|what else|which one|which of|same)\\b");
    private static final Pattern WHO = Pattern.compile(
            "(?i)\\b(who (wrote|authored|published|produced|made|is behind|edited|did|conducted|carried out|ran|led|"
            + "commissioned|funded|prepared|compiled|researched)|who's the author|by whom|"
            + "(which|what) (organi[sz]ation|agency|author)s?|authors? of|written by|who are the authors|"
            + "who is the author)\\b");
    private static final Pattern WHEN = Pattern.compile(
            "(?i)\\b(when|what year|which year|how old|how recent|publication (date|year)|date of)\\b");
    private static final Pattern LIST = Pattern.compile(
            "(?i)\\b(list|all (the )?(reports|publications|documents)|which (reports|publications|documents)|"
            + "what (reports|publications|documents)|what has .+ (written|published)|anything (on|about|from|by)|"
            + "do you have|do we have|is there anything|everything|all (of )?(the )?(work|reports|material)|"
            + "what (else )?is there|show me all)\\b");
    private static final Pattern OTHER = Pattern.compile("(?i)\\b(other|another|else|different)\\b");
    private static final Pattern THE_OTHER = Pattern.compile(
            "(?i)\\bthe other (one|report|study|book|paper|document|edition)\\b|\\bthe other\\s*[?.!]?\\s*$");
    private static final Pattern MORE_RECENT =
            Pattern.compile("(?i)\\b(more recent|newer|anything recent|latest|newest)\\b");
    private static final Pattern SIMILAR =
            Pattern.compile("(?i)\\b(similar|like (that|this|it)|the same (kind|sort|topic))\\b");
    private static final Pattern SELECTING = Pattern.compile(
            "(?i)\\b(which (one|of|is|report|study|book)|of (these|those|them)|among (these|those|them)|one of them|"
            + "any of them|either of)\\b");
    private static final Pattern ORDINAL = Pattern.compile(
            "(?i)\\b(?:the )?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th) (?:one|report|study|book|paper|"
            + "document|source|result)\\b|\\[(\\d)]");
    private static final Pattern AUTHOR_PRONOUN = Pattern.compile(
            "(?i)\\b(he|she|they)\\b.*\\b(written|wrote|write|published|publish|produced|done)\\b"
            + "|\\b(his|her|their) (other )?(work|books?|reports?|writing|publications?|papers?)\\b"
            + "|\\b(same|that|this) (authors?|organi[sz]ations?|agency|researchers?|team|group|publisher|ngo|"
            + "institute|people)\\b|\\bby (him|her|them)\\b");
    /**
     * "is there a guide to it?", "has anyone reviewed it?": asking the library for other reports about what was
     * cited, not about what the cited report says ("what does it say about…", "is there anything in it…").
     */
    private static final Pattern ABOUT_IT = Pattern.compile(
            "(?i)^\\s*(is there|are there|has anyone|have any|has somebody|do we have|do you have|anything|any)\\b"
            + "|\\b(in|for|from|to) other (countries|places|regions|settings|sectors)\\b|\\belsewhere\\b");
    private static final Pattern IN_IT = Pattern.compile("(?i)\\b(in|inside|within) (it|this|that|them|these|those)\\b");
    private static final Pattern OLDER = Pattern.compile("(?i)\\b(older|earlier|before (that|this|it|them|those))\\b");
    private static final Pattern OLDEST = Pattern.compile("(?i)\\b(earliest|oldest|first published|first ever)\\b");
    private static final Pattern NEWEST = Pattern.compile("(?i)\\b(most recent|latest|newest|last published)\\b");
    /** "the next year's", "the following edition": one step after the cited reports. */
    private static final Pattern NEXT = Pattern.compile(
            "(?i)\\b(next|following|subsequent) (year'?s?|edition|issue|report|one|version)\\b");
    /** "the year before", "the previous edition": one step before the cited reports. */
    private static final Pattern PREVIOUS = Pattern.compile(
            "(?i)\\b((previous|preceding|prior) (year'?s?|edition|issue|report|one|version)|(the )?year before)\\b");

    private final PublicationIndex index;
    private final Supplier<Vocabulary> vocabulary;
    private final YearParser years = new YearParser();
    private final Conversation conversation = new Conversation();
    private final LibraryWords words;
    private final Acronyms acronyms = Acronyms.bundled();

    public QueryUnderstanding(PublicationIndex index, Supplier<Vocabulary> vocabulary) {
        this.index = Objects.requireNonNull(index, "index");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.words = new LibraryWords(index);
    }

    public Understanding understand(Question question, int newestYear) {
        Vocabulary vocab = vocabulary.get();
        String text = question.text().strip();
        YearParser.Years y = years.parse(text);
        List<Mention> found = vocab.mentions(y.rest());
        boolean namesOnly = topicTerms(vocab.withoutDocTypes(withoutMentions(y.rest(), found))).isEmpty();
        List<Mention> mentions = found.stream().filter(m -> namesOnly || MentionCues.explicit(m, lower(y.rest())))
                .toList();
        String rest = withoutMentions(y.rest(), mentions);
        List<String> topicTerms = topicTerms(rest);
        boolean topical = !topicTerms(vocab.withoutDocTypes(rest)).isEmpty();

        List<Publication> cited = conversation.lastCited(question.history(), index::find, index::findByTitle);
        boolean similar = SIMILAR.matcher(text).find();
        boolean followUp = !question.history().isEmpty() && (PRONOUN.matcher(text).find()
                || STARTER.matcher(text).find() || similar
                || topicTerms.isEmpty() && mentions.isEmpty() && y.label() == null
                || !cited.isEmpty() && topicTerms.size() <= 1);
        Set<String> wants = new LinkedHashSet<>();
        if (WHO.matcher(text).find()) {
            wants.add("authors");
        }
        if (WHEN.matcher(text).find()) {
            wants.add("year");
        }

        LibraryWords.Absent absent = words.absent(topicWords(rest), vocab);
        // A document type beside a topic ("papers on X", "a toolkit for Y") is a secondary wish: it is searched
        // with its expansion at half weight, the topic at full weight.
        String searchText = topical ? vocab.withoutDocTypes(rest) : rest;
        String expansion = ((topical ? vocab.docTypes(rest) : "") + " " + vocab.docTypeExpansion(rest) + " "
                + words.synonymsOfUnknown(topicWords(rest), vocab) + " " + acronyms.fullForms(y.rest())).strip();
        String meaningText = text;

        SearchFilter filter = SearchFilter.of(question.filters());
        List<String> applied = new ArrayList<>(explicitLabels(filter));
        List<String> understood = new ArrayList<>();
        Integer from = max(filter.yearFrom(), y.from());
        Integer to = min(filter.yearTo(), y.to());
        boolean recentRequest = y.recent() || MORE_RECENT.matcher(text).find();
        List<String> focus = List.of();
        List<String> exclude = List.of();
        List<SearchFilter.Scope> scopes = new ArrayList<>();
        Understanding.Order step = null;
        boolean aboutCited = false;
        boolean bySource = false;
        if (followUp && !cited.isEmpty()) {
            int ordinal = ordinal(text, cited.size());
            Mention author = AUTHOR_PRONOUN.matcher(text).find() && wants.isEmpty() && !cited.get(0).authors().isEmpty()
                    ? vocab.mentions(cited.get(0).authors().get(0)).stream().findFirst().orElse(null) : null;
            List<String> others = THE_OTHER.matcher(text).find() ? theOthers(question.history(), cited) : List.of();
            if (ordinal >= 0) {
                focus = List.of(cited.get(ordinal).id());
            } else if (!others.isEmpty()) {
                focus = others;
            } else if (author != null) {
                scopes.add(new SearchFilter.Scope(author.label(), author.values(), author.phrases()));
                applied.add("by " + author.label());
                exclude = cited.stream().map(Publication::id).toList();
                bySource = true;
                // the words that point at the author are not a topic: "what else by the same author?" lists them
                searchText = AUTHOR_PRONOUN.matcher(searchText).replaceAll(" ");
                meaningText = AUTHOR_PRONOUN.matcher(meaningText).replaceAll(" ");
                topical = !topicTerms(vocab.withoutDocTypes(searchText)).isEmpty();
            } else if (similar && wants.isEmpty()) {
                exclude = cited.stream().map(Publication::id).toList();
            } else if (!mentions.isEmpty() && wants.isEmpty() && !SELECTING.matcher(text).find()) {
                exclude = OTHER.matcher(text).find() ? cited.stream().map(Publication::id).toList() : List.of();
            } else if (SELECTING.matcher(text).find() && wants.isEmpty()) {
                focus = cited.stream().map(Publication::id).toList();
            } else if (ABOUT_IT.matcher(text).find() && PRONOUN.matcher(text).find() && !IN_IT.matcher(text).find()
                    && wants.isEmpty() && y.label() == null && !topicTerms.isEmpty()) {
                // "it" is the report named first; the others cited with it may be what is asked for
                exclude = List.of(cited.get(0).id());
                aboutCited = true;
            } else if (NEXT.matcher(text).find() && wants.isEmpty() && y.label() == null && yearOf(cited) > 0) {
                // one step from the report named first ("it"), whatever else was cited with it
                from = max(from, yearOf(cited) + 1);
                exclude = List.of(cited.get(0).id());
                step = Understanding.Order.OLDEST;
            } else if (PREVIOUS.matcher(text).find() && wants.isEmpty() && y.label() == null && yearOf(cited) > 0) {
                to = min(to, yearOf(cited) - 1);
                exclude = List.of(cited.get(0).id());
                step = Understanding.Order.NEWEST;
            } else if (OLDER.matcher(text).find() && wants.isEmpty() && y.label() == null) {
                int oldestCited = cited.stream().filter(p -> p.year() != null).mapToInt(Publication::year).min()
                        .orElse(Integer.MAX_VALUE);
                to = oldestCited == Integer.MAX_VALUE ? to : min(to, oldestCited - 1);
                exclude = cited.stream().map(Publication::id).toList();
            } else if (recentRequest && wants.isEmpty()) {
                int newestCited = cited.stream().filter(p -> p.year() != null).mapToInt(Publication::year).max()
                        .orElse(0);
                from = max(from, newestCited + 1);
                exclude = cited.stream().map(Publication::id).toList();
            } else if (OTHER.matcher(text).find() && wants.isEmpty() && topicTerms.isEmpty() && mentions.isEmpty()
                    && cited.size() > 1) {
                focus = cited.stream().skip(1).map(Publication::id).toList();
            } else if (!OTHER.matcher(text).find() || wants.isEmpty()) {
                focus = cited.stream().map(Publication::id).toList();
            } else {
                exclude = cited.stream().map(Publication::id).toList();
            }
        }
        boolean beyond = !focus.isEmpty() && (y.label() != null || !mentions.isEmpty())
                && nothingCited(filter, focus, from, to, mentions);
        if (beyond) {
            // "what about the 2016 edition?", "and in West Africa?": a constraint no cited report meets asks
            // beyond them, about the same subject
            focus = List.of();
        }
        // another year or edition of what was cited is found by the cited report's own name (its series), not
        // by the words of the question that found it
        // "what else by the same author?" asks for the author's other reports on any subject
        String context = !followUp || bySource ? null : step != null || aboutCited || beyond && y.label() != null
                ? series(cited.get(0)) : carried(question.history(), mentions, vocab);
        if (context != null && (topicTerms.size() <= 2 || beyond || aboutCited || step != null)) {
            searchText = searchText + " " + topicWords(context);
            meaningText = context + " " + topicWords(rest);
        }
        if (from != null && !Objects.equals(from, filter.yearFrom())
                || to != null && !Objects.equals(to, filter.yearTo())) {
            applied.add(yearLabel(from, to));
            understood.add(yearLabel(from, to));
        }
        for (Mention m : mentions) {
            String label = switch (m.kind()) {
                case PERSON, ORGANISATION -> "by " + m.label();
                case PLACE -> "on " + m.label();
                case CATEGORY -> "in " + m.label();
            };
            applied.add(label);
            understood.add(label);
        }
        scopes.addAll(scopesOf(mentions));
        SearchFilter relaxed = filter.withIds(focus.isEmpty() ? filter.onlyIds() : focus,
                concat(filter.notIds(), exclude));
        filter = relaxed.withYears(from, to).withScopes(concat(filter.scopes(), scopes));
        Intent intent = !wants.isEmpty() ? Intent.METADATA
                : LIST.matcher(text).find() || topicTerms.isEmpty() && (!mentions.isEmpty() || y.label() != null)
                ? Intent.LIST : Intent.TOPIC;
        String relaxedSearch = mentions.isEmpty() ? searchText
                : (searchText + " " + String.join(" ", mentions.stream().map(Mention::label).toList()));
        return Understanding.of(text).searchText(searchText.strip()).expansion(expansion)
                .meaningText(meaningText.strip()).intent(intent).filter(filter).applied(applied).focus(focus)
                .wants(wants).seen(followUp ? conversation.seenSentences(question.history()) : Set.of())
                .absent(absent.unknown(), absent.common()).followUp(followUp)
                .order(step != null ? step : order(text, recentRequest && !followUp)).topical(topical)
                .relaxation(new Understanding.Relaxation(relaxed, relaxedSearch.strip(), understood)).build();
    }

    /**
     * The last earlier question with a topic, without the names of the kinds the new question names afresh
     * ("and in West Africa?" replaces the earlier place, keeps the earlier organisation as words); null if none.
     */
    private String carried(List<Turn> history, List<Mention> mentions, Vocabulary vocab) {
        String earlier = conversation.lastTopicQuestion(history,
                q -> !topicTerms(withoutMentions(years.parse(q).rest(), vocab.mentions(q))).isEmpty());
        if (earlier == null) {
            return null;
        }
        Set<Mention.Kind> renamed = mentions.stream().map(Mention::kind).collect(Collectors.toSet());
        return withoutMentions(years.parse(earlier).rest(), vocab.mentions(earlier).stream()
                .filter(m -> renamed.contains(m.kind())).toList());
    }

    /**
     * One scope per name, except organisations: "OSCE and ODIHR publications" asks for the reports of either, so
     * the organisations named form one scope.
     */
    private static List<SearchFilter.Scope> scopesOf(List<Mention> mentions) {
        List<SearchFilter.Scope> out = new ArrayList<>();
        List<Mention> organisations = mentions.stream().filter(m -> m.kind() == Mention.Kind.ORGANISATION).toList();
        if (!organisations.isEmpty()) {
            Set<String> values = new LinkedHashSet<>();
            Set<String> phrases = new LinkedHashSet<>();
            organisations.forEach(m -> {
                values.addAll(m.values());
                phrases.addAll(m.phrases());
            });
            out.add(new SearchFilter.Scope(String.join(" or ", organisations.stream().map(Mention::label).toList()),
                    List.copyOf(values), List.copyOf(phrases)));
        }
        mentions.stream().filter(m -> m.kind() != Mention.Kind.ORGANISATION)
                .forEach(m -> out.add(new SearchFilter.Scope(m.label(), m.values(), m.phrases())));
        return out;
    }

    /**
     * "The other one": the cited reports but the first when the last reply cited several; after a reply that
     * narrowed to one, the reports cited with it the turn before.
     */
    private List<String> theOthers(List<Turn> history, List<Publication> cited) {
        if (cited.size() > 1) {
            return cited.stream().skip(1).map(Publication::id).toList();
        }
        return conversation.citedBefore(history, index::find, index::findByTitle).stream().filter(p -> !cited.contains(p))
                .map(Publication::id).toList();
    }

    /** The report's title without years and edition numbers: the name its series shares. */
    private static String series(Publication p) {
        return p.title().replaceAll("(?i)\\b(\\d+(st|nd|rd|th)?|edition|editions)\\b", " ").replaceAll("\\s+", " ")
                .strip();
    }

    /** True when none of the cited reports in {@code focus} meets the question's own years and names. */
    private boolean nothingCited(SearchFilter base, List<String> focus, Integer from, Integer to,
                                 List<Mention> mentions) {
        SearchFilter within = base.withIds(focus, base.notIds()).withYears(from, to).withScopes(mentions.stream()
                .map(m -> new SearchFilter.Scope(m.label(), m.values(), m.phrases())).toList());
        return index.search().count(within) == 0;
    }

    private static int yearOf(List<Publication> cited) {
        Integer year = cited.get(0).year();
        return year == null ? 0 : year;
    }

    /** "the second one", "the last report", "[3]": which cited report (0-based), or -1. */
    private static int ordinal(String text, int cited) {
        Matcher m = ORDINAL.matcher(text);
        if (!m.find()) {
            return -1;
        }
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        int i = switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 0;
            case "second", "2nd" -> 1;
            case "third", "3rd" -> 2;
            case "fourth", "4th" -> 3;
            case "fifth", "5th" -> 4;
            case "last" -> cited - 1;
            default -> word.matches("\\d+") ? Integer.parseInt(word) - 1 : -1;
        };
        return i >= 0 && i < cited && cited > 1 ? i : -1;
    }

    /** "recent" alone is a preference for newer reports among the relevant ones, not a cut-off year. */
    private static Understanding.Order order(String text, boolean recent) {
        if (recent || NEWEST.matcher(text).find()) {
            return Understanding.Order.NEWEST;
        }
        return OLDEST.matcher(text).find() ? Understanding.Order.OLDEST : Understanding.Order.RANKING;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    /** Analysed topic words of a text: what is left once question words are taken out. */
    List<String> topicTerms(String text) {
        return index.analyzer().terms(topicWords(text));
    }

    /** The text without question words, as words. */
    static String topicWords(String text) {
        StringBuilder kept = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}'-]+")) {
            if (!word.isEmpty() && !QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /** Question words (as the asker wrote them) none of whose analysed terms occurs in any record. */
    private static String withoutMentions(String text, List<Mention> mentions) {
        StringBuilder out = new StringBuilder(text.toLowerCase(Locale.ROOT));
        mentions.stream().sorted((a, b) -> b.start() - a.start()).forEach(m -> {
            if (m.end() <= out.length()) {
                out.replace(m.start(), m.end(), " ");
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static List<String> explicitLabels(SearchFilter f) {
        List<String> labels = new ArrayList<>();
        f.countries().forEach(c -> labels.add("on " + c));
        f.regions().forEach(r -> labels.add("on " + r));
        f.categories().forEach(c -> labels.add("in " + c));
        f.authors().forEach(a -> labels.add("by " + a));
        return labels;
    }

    private static String yearLabel(Integer from, Integer to) {
        if (from != null && to != null) {
            return from.equals(to) ? "from " + from : "from " + from + " to " + to;
        }
        return from != null ? "from " + from + " on" : "up to " + to;
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }

    private static Integer min(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
