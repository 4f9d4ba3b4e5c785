package org.refdesk.retrieve;

import static org.refdesk.retrieve.FollowUpWording.ALSO;
import static org.refdesk.retrieve.FollowUpWording.COMPARED;
import static org.refdesk.retrieve.FollowUpWording.NARROWER;
import static org.refdesk.retrieve.QuestionWording.EDITION;
import static org.refdesk.retrieve.QuestionWording.EDITIONS;
import static org.refdesk.retrieve.QuestionWording.LIST;
import static org.refdesk.retrieve.QuestionWording.MORE_RECENT;
import static org.refdesk.retrieve.QuestionWording.NEWEST;
import static org.refdesk.retrieve.QuestionWording.OLDEST;
import static org.refdesk.retrieve.QuestionWording.PRONOUN;
import static org.refdesk.retrieve.QuestionWording.QUESTION_WORDS;
import static org.refdesk.retrieve.QuestionWording.SIMILAR;
import static org.refdesk.retrieve.QuestionWording.STARTER;
import static org.refdesk.retrieve.QuestionWording.THERE;
import static org.refdesk.retrieve.QuestionWording.THE_REGION;
import static org.refdesk.retrieve.QuestionWording.WHEN;
import static org.refdesk.retrieve.QuestionWording.WHERE;
import static org.refdesk.retrieve.QuestionWording.WHO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Supplier;
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

    /** Compiled once: the question's words are split and spaced on every question. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    static final Pattern POSSESSIVE = Pattern.compile("'s?$");
    /** "one on the UK as well?", "health as well as housing": "well" here names no topic. */
    private static final Pattern AS_WELL = Pattern.compile("(?i)\\bas well(?: as)?\\b");
    /**
     * "anything set in the Philippines": where a report is set says which place, not what it is about ("based on" is
     * no place).
     */
    private static final Pattern SET_IN = Pattern.compile(
            "(?i)\\b(?:(?:set|based)(?= in\\b)|(?:located|situated)(?= (?:in|on)\\b))");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern VERSION = Pattern.compile("(?i)\\bversions?\\b");
    /** "shelters, return, that sort of thing": a list's tail that points at nothing said before. */
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(and )?(that|this|those) (sort|kind|type)s? of "
            + "(thing|stuff)s?\\b|\\band (all )?that\\s*[?.!]?\\s*$");

    private final PublicationIndex index;
    private final ReportLookup lookup;
    private final Supplier<Vocabulary> vocabulary;
    private final YearParser years = new YearParser();
    private final Conversation conversation = new Conversation();
    private final FollowUpRules followUps;
    private final BeyondCited beyondCited;
    private final UnknownNames unknownNames;
    private final Acronyms acronyms = Acronyms.bundled();

    public QueryUnderstanding(PublicationIndex index, Supplier<Vocabulary> vocabulary) {
        this.index = Objects.requireNonNull(index, "index");
        this.lookup = ReportLookup.of(index);
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.followUps = new FollowUpRules(index, lookup, conversation);
        this.beyondCited = new BeyondCited(index);
        this.unknownNames = new UnknownNames(index);
    }

    public Understanding understand(Question asked, int newestYear) {
        Question question = QuestionWording.afterTopicChange(asked);
        Vocabulary vocab = vocabulary.get();
        // one per question: a long word no record uses is looked up for a correction once, not once per use
        LibraryWords words = new LibraryWords(index, vocab);
        String worded = QuestionWording.withoutSetAside(QuestionWording.asWhole(words.withPlacesSpelt(
                question.text().strip())));
        String text = SPACES.matcher(SET_IN.matcher(AS_WELL.matcher(worded).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ").strip();
        YearParser.Years y = years.parse(text);
        // "Nigeria or Ghana": either place answers
        List<Mention> all = PlaceChoices.joined(vocab.mentions(y.rest()), y.rest());
        // "across Europe, not just Italy": a place set aside is no constraint, preference nor topic
        List<Mention> setAside = PlacesBeyond.named(y.rest(), all);
        List<Mention> found = all.stream().filter(m -> setAside.stream()
                .noneMatch(a -> a.end() == m.end() && a.label().equals(m.label()))).toList();
        boolean namesOnly = topicTerms(vocab.withoutDocTypes(withoutMentions(y.rest(), concat(found, setAside))))
                .isEmpty();
        // a category beside a name ("B. W. Silverman statistics") says what of theirs is wanted: a preference,
        // unless the wording sets it ("in Statistics"); alone ("Health") it is the shelf asked for
        boolean named = found.stream().anyMatch(m -> m.kind() != Mention.Kind.CATEGORY);
        // "does it say anything about children?": a shelf's name is a word to find in the cited report, not a shelf
        boolean inCited = !question.history().isEmpty() && QuestionWording.SAYS_IT.matcher(y.rest()).find();
        List<Mention> mentions = new ArrayList<>(found.stream()
                .filter(m -> !(inCited && m.kind() == Mention.Kind.CATEGORY))
                .filter(m -> namesOnly && (m.kind() != Mention.Kind.CATEGORY || !named)
                        || MentionCues.explicit(m, lower(y.rest())) && !MentionCues.opensName(m, y.rest())).toList());
        Optional<Question> request = closingRequest(question, text, vocab, namesOnly);
        if (request.isPresent()) {
            return understand(request.get(), newestYear);
        }
        String rest = withoutMentions(y.rest(), concat(mentions, setAside));
        // the place set aside is still searched: reports on the same subject elsewhere often compare with it
        String searched = setAside.isEmpty() ? rest : withoutMentions(y.rest(), mentions);
        List<String> topicTerms = topicTerms(rest);
        List<String> typeFreeTerms = topicTerms(vocab.withoutDocTypes(rest));
        boolean topical = !typeFreeTerms.isEmpty();

        List<Publication> cited = conversation.lastCited(question.history(), lookup);
        boolean similar = SIMILAR.matcher(text).find();
        Set<String> wants = new LinkedHashSet<>();
        if (WHO.matcher(text).find() && !QuestionWording.NAMED_AUTHOR.matcher(text).find()) {
            wants.add("authors");
        }
        if (WHEN.matcher(text).find()) {
            wants.add("year");
        }
        // "which countries were the interviews done in?" right after a reply: the places of what it cited
        if (WHERE.matcher(text).find() && !cited.isEmpty()
                && topicTerms(WHERE.matcher(rest).replaceAll(" ")).size() <= 1) {
            wants.add("countries");
        }
        boolean regionAsked = THE_REGION.matcher(text).find();
        boolean placeAsked = mentions.stream().noneMatch(m -> m.kind() == Mention.Kind.PLACE)
                && THERE.matcher(text).find();
        // "do we have the 2015 Act itself?" after a reply that names the Modern Slavery Act 2015 in passing
        // the reply's text is searched for titles only when the question has a "the" phrase to name one by
        Optional<Publication> namedInReply = question.history().isEmpty() || !CitedTitle.hasPhrase(text)
                ? Optional.empty()
                : conversation.namedInReply(question.history(), lookup).stream()
                        .filter(p -> !cited.contains(p) && CitedTitle.namesByWords(text, p)).findFirst();
        // "who paid for the NORC one?": a report cited in the last two replies, picked by a word
        List<String> namedOne = question.history().isEmpty() ? List.of()
                : followUps.theNamedOne(text, question.history(), cited, vocab);
        boolean pointsBack = !question.history().isEmpty()
                && (namedInReply.isPresent() || PRONOUN.matcher(QuestionWording.withoutPeopleItNames(text)).find()
                || STARTER.matcher(text).find() || similar || regionAsked || CitedTitle.named(text, cited)
                || !namedOne.isEmpty()
                // "is there a more critical take on tech?": more critical than what the last reply cited
                || COMPARED.matcher(text).find()
                // "is there an updated set of figures?": a step in time from what the last reply cited
                || !cited.isEmpty() && mentions.isEmpty()
                && (FollowUpWording.NEXT.matcher(text).find() || FollowUpWording.PREVIOUS.matcher(text).find())
                || topicTerms.isEmpty() && mentions.isEmpty() && y.label() == null
                || !cited.isEmpty() && topicTerms.size() <= 1
                // "anything global on fisheries, not just Thailand?"
                || !setAside.isEmpty()
                // "which countries did most of the victims come from?": "the victims" the last reply spoke of
                || mentions.isEmpty()
                && DefiniteReference.pointsBack(text, conversation.lastExchange(question.history()))
                // "who ran the ten-year one?": a question about a report, right after reports were cited
                || !cited.isEmpty() && mentions.isEmpty() && wordCount(topicWords(rest)) <= 2 && !wants.isEmpty());
        // "anything about women working in people's homes over there?": a new question in the cited report's country
        boolean followUp = pointsBack || !question.history().isEmpty() && placeAsked;

        Set<String> fieldAcronyms = acronyms.used(y.rest());
        // a place the question names in passing ("the law Abuja passed") is a known place of the collection, not a
        // word for something the library lacks, even though no record writes it
        String ownWords = withoutMentions(y.rest(), concat(setAside, found.stream().filter(m -> mentions.contains(m)
                || m.kind() == Mention.Kind.PLACE && !m.values().isEmpty()).toList()));
        LibraryWords.Absent absent = words.absent(Arrays.stream(topicWords(ownWords).split(" "))
                .filter(w -> !fieldAcronyms.contains(w)).collect(Collectors.joining(" ")));
        // "forced labour in mining in Mongolia": a place asked for that no record names is a constraint nothing meets;
        // beside places the library holds ("from Mongolia and Myanmar into China") the question stands on those
        if (found.stream().noneMatch(m -> m.kind() == Mention.Kind.PLACE)) {
            mentions.addAll(PlacesLacking.asked(absent.unknown(), y.rest(), vocab));
        }
        // A document type beside a topic ("papers on X", "a toolkit for Y") is a secondary wish: it is searched
        // with its expansion at half weight, the topic at full weight.
        String searchText = (words.withCorrections(topical ? vocab.withoutDocTypes(searched) : searched) + " "
                + Repetition.ongoingForms(searched)).strip();
        String expansion = ((topical ? vocab.docTypes(searched) : "") + " " + vocab.docTypeExpansion(searched) + " "
                + words.synonymsOfUnknown(topicWords(searched)) + " " + acronyms.fullForms(y.rest()) + " "
                + vocab.countriesOfDemonyms(searched) + " " + Repetition.reWords(searched)).strip();
        // "trafficked a second time" means what the records call "re-trafficked"
        String meaningText = (text + " " + Repetition.reWords(text)).strip();

        SearchFilter filter = SearchFilter.of(question.filters());
        List<String> applied = new ArrayList<>(explicitLabels(filter));
        List<String> understood = new ArrayList<>();
        // "that one's from 2004 - is there an updated edition?": the cited report's own year, beside a step from it,
        // says which report "that one" is; it asks for no years
        YearParser.Years stated = pointsBack && CitedYears.ofCited(y, cited) && FollowUpWording.steps(text)
                ? y.withoutYears() : y;
        Integer from = max(filter.yearFrom(), stated.from());
        Integer to = min(filter.yearTo(), stated.to());
        boolean recentRequest = stated.recent() || MORE_RECENT.matcher(text).find();
        List<SearchFilter.Scope> scopes = new ArrayList<>();
        FollowUpRules.Reading reading = pointsBack && !cited.isEmpty()
                ? followUps.read(new FollowUpRules.Asked(text, question.history(), cited, wants, mentions,
                        namedOne, topicTerms.size(), stated.label() != null && !stated.recent(), from, to, recentRequest,
                        similar, vocab))
                : FollowUpRules.Reading.none(from, to);
        List<String> focus = namedInReply.map(p -> List.of(p.id())).orElse(reading.focus());
        List<String> exclude = reading.exclude();
        from = reading.from();
        to = reading.to();
        Understanding.Order step = reading.step();
        boolean aboutCited = reading.aboutCited();
        boolean bySource = reading.author() != null;
        if (bySource) {
            Mention author = reading.author();
            scopes.add(new SearchFilter.Scope(author.label(), author.values(), author.phrases()));
            applied.add("by " + author.label());
            // the words that point at the author are not a topic: "what else by the same author?" lists them
            searchText = FollowUpRules.withoutAuthorWords(searchText);
            meaningText = FollowUpRules.withoutAuthorWords(meaningText);
            topical = !topicTerms(vocab.withoutDocTypes(searchText)).isEmpty();
            if (!topical) {
                // every report of theirs is listed; those on the cited report's subject (its series) come first
                searchText = searchText + " " + Series.name(cited.get(0));
                meaningText = Series.name(cited.get(0));
            } else if (hasPronoun(searchText)) {
                // "did he ever write about how to end it?": "it" is what the cited report is about
                searchText = searchText + " " + Series.name(cited.get(0));
                meaningText = meaningText + " " + Series.name(cited.get(0));
            }
        }
        // "and for Indonesian fishers?", "more like this, but about men": a subject none of the cited reports has;
        // "more like this for other countries" asks for other places, not about countries
        List<String> subjectTerms = PlacesBeyond.elsewhere(text) ? topicTerms(PlacesBeyond.withoutElsewhere(rest))
                : topicTerms;
        List<String> citedIds = cited.stream().map(Publication::id).toList();
        // "is there a how-to handbook for staff…?" after a study: a kind of document none of the cited reports is
        List<String> kinds = topicTerms.stream().filter(t -> !typeFreeTerms.contains(t)).toList();
        boolean otherKind = FollowUpWording.ABOUT_IT.matcher(text).find() && !kinds.isEmpty()
                && beyondCited.holdsNone(citedIds, kinds);
        // "did Murphy do one on cotton as well?": another report than those cited; "anything just on the children in
        // those services?": one on a narrower subject than theirs; "a more practical version?": one unlike them
        // "is there an older edition too?": a step in the series says which others, with no subject of its own
        boolean another = pointsBack && !cited.isEmpty() && wants.isEmpty() && stated.label() == null
                && !(step != null && subjectTerms.isEmpty()) && !QuestionWording.SAYS_IT.matcher(text).find()
                && (ALSO.matcher(question.text()).find() && FollowUpWording.ONE.matcher(text).find()
                || NARROWER.matcher(text).find() && !subjectTerms.isEmpty() || COMPARED.matcher(text).find()
                || FollowUpWording.OTHERS_OF_A_KIND.matcher(text).find() && !subjectTerms.isEmpty() || otherKind);
        // "and Rohingya trafficked into Malaysia?" after a report on Malaysia: the place is not what is new, the name
        // none of them has is ("different kinds of trafficking seen in the US" names nothing new)
        boolean citedPlaces = !mentions.isEmpty() && mentions.stream().allMatch(m -> m.kind() == Mention.Kind.PLACE
                && cited.stream().anyMatch(p -> ScopeFocus.filed(p, m.values())))
                && beyondCited.lacking(citedIds, subjectTerms).stream().anyMatch(t -> !LibraryWords.isEverydayWord(t));
        boolean newSubject = another || (mentions.isEmpty() || citedPlaces) && stated.label() == null
                && (wants.isEmpty() && beyondCited.newSubject(text, mentions.isEmpty() ? focus : citedIds, subjectTerms)
                || similar && beyondCited.lacks(exclude, subjectTerms));
        if (newSubject) {
            exclude = concat(exclude, another || citedPlaces ? citedIds : focus);
        }
        if (followUp && (!setAside.isEmpty() || PlacesBeyond.pastCited(text))) {
            // "what about Europe more widely, not just Italy?", "a global overview, not just that one fleet?":
            // beyond what the last reply already cited
            exclude = concat(exclude, citedIds);
            focus = List.of();
        }
        // "which edition was the one about social media?": no cited edition holds the words, another in the series may
        boolean inSeries = followUp && !focus.isEmpty() && !newSubject && EDITION.matcher(text).find()
                && beyondCited.holdsNone(focus, topicTerms);
        boolean beyond = !focus.isEmpty() && (stated.label() != null || !mentions.isEmpty())
                && beyondCited.nothingCited(filter, focus, from, to, mentions) || newSubject || inSeries;
        if (beyond) {
            // "what about the 2016 edition?", "and in West Africa?": a constraint no cited report meets asks
            // beyond them, about the same subject; the edition of that year, when the series has one
            focus = stated.label() != null && !newSubject ? followUps.editionIn(text, cited.get(0), from, to)
                    : List.of();
        }
        Understanding.Order byYear = step != null ? step : order(text, recentRequest && !followUp);
        if (followUp && focus.isEmpty() && !newSubject && !cited.isEmpty()
                && (step != null || byYear != Understanding.Order.RANKING && EDITION.matcher(text).find())) {
            // "later editions", "the edition two years after that", "the very first edition of that report": the
            // cited report's own series when it has editions in those years, not another whose name shares its words
            focus = followUps.editionsFrom(cited.get(0), from, to);
        }
        // "is there a toolkit for doing that?": the work asked about before, whichever report answered
        String work = followUp && !bySource && aboutCited && FollowUpWording.DOING_IT.matcher(text).find()
                ? carried(question.history(), mentions, vocab) : null;
        // another year or edition of what was cited is found by the cited report's own name (its series), not
        // by the words of the question that found it
        // "what else by the same author?" asks for the author's other reports on any subject
        String context = !followUp || bySource ? null
                : work != null ? work
                : step != null || aboutCited || beyond && stated.label() != null || inSeries
                ? Series.name(cited.get(0))
                // "more like this for other countries": like the report, whatever words found it
                : similar && !cited.isEmpty()
                ? cited.get(0).title() + " " + carried(question.history(), mentions, vocab)
                // "same but for Spain" after one report: that kind of report, in the other place
                : cited.size() == 1 && topicTerms.isEmpty() && elsewhere(mentions, cited.get(0))
                ? (Objects.toString(carried(question.history(), mentions, vocab), "") + " "
                        + placeless(Series.name(cited.get(0)), vocab)).strip()
                : carried(question.history(), mentions, vocab);
        List<String> subject = List.of();
        if (context != null && newSubject) {
            // the new subject is what is asked; the earlier one only leans the ranking, and the reports that
            // hold a word of the new subject no cited report has come first ("more like this, but about men")
            expansion = (expansion + " " + topicWords(context)).strip();
            meaningText = topicWords(rest) + " " + context;
            // "a paper just on the children": the kind of document is no subject ("Paper Orphans" is not one), nor
            // is how it compares ("a shorter journal article version of that study?")
            List<String> typeFree = topicTerms(vocab.withoutDocTypes(COMPARED.matcher(rest).replaceAll(" ")));
            subject = beyondCited.lacking(exclude, subjectTerms.stream().filter(typeFree::contains).toList());
            if (typeFree.isEmpty()) {
                // with no subject of its own, the question is about what was cited, only in another form
                searchText = searchText + " " + topicWords(context);
            }
        } else if (context != null && (topicTerms.size() <= 2 || beyond || aboutCited || step != null
                || similar && topicTerms(vocab.withoutDocTypes(SIMILAR.matcher(rest).replaceAll(" "))).isEmpty())) {
            searchText = searchText + " " + topicWords(context);
            meaningText = context + " " + topicWords(rest);
            // a step in a series is about the series, even when the question names no topic of its own; so is "and
            // the latest year we've got?": the newest of what was asked about, not of the whole library
            topical = topical || (step != null || aboutCited || byYear != Understanding.Order.RANKING)
                    && !topicTerms(context).isEmpty();
        }
        if (from != null && !Objects.equals(from, filter.yearFrom())
                || to != null && !Objects.equals(to, filter.yearTo())) {
            applied.add(yearLabel(from, to));
            understood.add(yearLabel(from, to));
        }
        if (followUp && !cited.isEmpty() && (regionAsked || placeAsked)) {
            // "did the ILO study the region too?", "did Amnesty also look at domestic workers there?": the region or
            // country of the report the last reply named first
            firstPlace(regionAsked ? cited.get(0).regions() : cited.get(0).countries()).ifPresent(mentions::add);
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
        filter = relaxed.withYears(from, to).withScopes(concat(filter.scopes(), scopes))
                .withTitleYears(stated.label() != null);
        Intent intent = !wants.isEmpty() ? Intent.METADATA
                : LIST.matcher(text).find() || topicTerms.isEmpty() && (!mentions.isEmpty() || stated.label() != null)
                ? Intent.LIST : Intent.TOPIC;
        String relaxedSearch = mentions.isEmpty() ? searchText
                : (searchText + " " + String.join(" ", mentions.stream().map(Mention::label).toList()));
        return Understanding.of(text).searchText(searchText.strip()).expansion(expansion)
                .meaningText(meaningText.strip()).intent(intent).filter(filter).applied(applied).focus(focus)
                .wants(wants).seen(followUp ? conversation.seenSentences(question.history()) : Set.of())
                .absent(concat(absent.unknown(), unknownNames.in(y.rest(), found)), absent.common()).followUp(followUp)
                .order(byYear).topical(topical)
                .relaxation(new Understanding.Relaxation(relaxed, relaxedSearch.strip(), understood,
                        stated.bare() && !followUp && mentions.isEmpty() && understood.size() == 1))
                .preferred(concat(scopesOf(found.stream().filter(m -> !mentions.contains(m)
                        && m.kind() != Mention.Kind.CATEGORY).toList()),
                        concat(newSubject && !similar && mentions.isEmpty() && setAside.isEmpty()
                                && vocab.countriesOfDemonyms(text).isEmpty() ? placesKept(text, cited) : List.of(),
                                another ? versionMakers(text, cited, vocab) : List.of())))
                .subject(subject)
                .avoided(concat(scopesOf(setAside), followUp && PlacesBeyond.elsewhere(text)
                        ? PlacesBeyond.countriesOf(cited) : List.of()))
                .docTypes(topical ? Arrays.stream(vocab.docTypes(searched).split("\\s+"))
                        .filter(w -> !w.isBlank()).toList() : List.of()).build();
    }

    /**
     * The last earlier question with a topic, without the names of the kinds the new question names afresh
     * ("and in West Africa?" replaces the earlier place, keeps the earlier organisation as words); null if none.
     */
    private String carried(List<Turn> history, List<Mention> mentions, Vocabulary vocab) {
        // "who did the research?" asks about a report, not for a subject
        String earlier = conversation.lastTopicQuestion(history,
                q -> !topicTerms(withoutMentions(years.parse(q).rest(), vocab.mentions(q))).isEmpty()
                        && (!WHO.matcher(q).find() && !WHEN.matcher(q).find() || wordCount(topicWords(q)) > 2));
        if (earlier == null) {
            return null;
        }
        Set<Mention.Kind> renamed = mentions.stream().map(Mention::kind).collect(Collectors.toSet());
        String rest = withoutMentions(years.parse(earlier).rest(), vocab.mentions(earlier).stream()
                .filter(m -> renamed.contains(m.kind())).toList());
        // "Armenian victims" names the earlier place as surely as "Armenia" does
        return renamed.contains(Mention.Kind.PLACE) ? vocab.withoutDemonyms(rest) : rest;
    }

    /**
     * "a shorter journal article version of that study?": a version of a report is by its makers, so the cited
     * report's first maker is preferred; none unless a version is asked for.
     */
    private static List<SearchFilter.Scope> versionMakers(String text, List<Publication> cited, Vocabulary vocab) {
        Mention maker = VERSION.matcher(text).find() ? CitedMaker.of(cited.get(0), false, vocab) : null;
        return maker == null ? List.of() : scopesOf(List.of(maker));
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

    /** "recent" alone is a preference for newer reports among the relevant ones, not a cut-off year. */
    private static Understanding.Order order(String text, boolean recent) {
        if (recent || NEWEST.matcher(text).find() || EDITIONS.matcher(text).find()) {
            return Understanding.Order.NEWEST;
        }
        return OLDEST.matcher(text).find() ? Understanding.Order.OLDEST : Understanding.Order.RANKING;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    /** True when the text points back with a pronoun ("it", "that report", "the other one"). */
    static boolean hasPronoun(String text) {
        return PRONOUN.matcher(FILLER.matcher(text).replaceAll(" ")).find();
    }

    /**
     * "I'm off to a workshop in Brazil next month, what do we have on Brazil?": the closing request alone, when it
     * asks for what names hold and the words before it only say why.
     */
    private Optional<Question> closingRequest(Question question, String text, Vocabulary vocab, boolean namesOnly) {
        if (namesOnly) {
            return Optional.empty();
        }
        Optional<Question> closing = QuestionWording.closingRequest(question.text()).filter(clause -> {
            List<Mention> names = names(vocab, clause);
            return !names.isEmpty() && topicTerms(vocab.withoutDocTypes(withoutMentions(clause, names))).isEmpty();
        }).map(clause -> new Question(clause, question.history(), question.filters()));
        if (closing.isPresent() || !question.history().isEmpty()) {
            return closing;
        }
        // "I'm on a country visit to Cyprus next month, what should I read before I go?": reading on what the reason
        // names, when its other words are everyday ones that say why ("visit", "month"); "I'm researching scam
        // compounds in Southeast Asia. What should I read?" asks for its subject as written
        return QuestionWording.reasonBeforeReading(text).flatMap(reason -> {
            List<Mention> names = names(vocab, reason);
            boolean onlyWhy = Arrays.stream(topicWords(withoutMentions(reason, names)).split("\\s+"))
                    .filter(w -> !topicTerms(w).isEmpty()).allMatch(LibraryWords::isEverydayWord);
            String named = names.stream().map(m -> reason.substring(m.start(), m.end()))
                    .collect(Collectors.joining(" and "));
            return names.isEmpty() || !onlyWhy ? Optional.empty()
                    : Optional.of(new Question("what do we have on " + named, question.history(), question.filters()));
        });
    }

    /** The places, organisations and people a text names (not the shelves). */
    private static List<Mention> names(Vocabulary vocab, String text) {
        return vocab.mentions(text).stream().filter(m -> m.kind() != Mention.Kind.CATEGORY).toList();
    }

    /**
     * "is there one that covers the adults too?" after a report on the Mekong: a new subject added where the
     * conversation was; the cited report's countries, as a preference, unless the follow-up looks elsewhere.
     */
    private static List<SearchFilter.Scope> placesKept(String text, List<Publication> cited) {
        // "and for palm oil workers?" after Thai fishing replaces the subject, place and all; "too" and "just on" add
        // to it or narrow it
        boolean adds = ALSO.matcher(text).find() || NARROWER.matcher(text).find();
        if (!adds || cited.isEmpty() || PlacesBeyond.elsewhere(text) || PlacesBeyond.pastCited(text)) {
            return List.of();
        }
        List<String> countries = cited.get(0).countries().stream().filter(c -> !c.equalsIgnoreCase("Worldwide"))
                .toList();
        return countries.isEmpty() ? List.of()
                : List.of(new SearchFilter.Scope(String.join(", ", countries), countries, List.of()));
    }

    /** The first of these places that is not "Worldwide", as a place the question names. */
    private static Optional<Mention> firstPlace(List<String> places) {
        return places.stream().filter(p -> !p.equalsIgnoreCase("Worldwide")).findFirst()
                .map(p -> new Mention(Mention.Kind.PLACE, p, List.of(p), List.of(p), 0, 0));
    }

    /** Analysed topic words of a text: what is left once question words are taken out. */
    List<String> topicTerms(String text) {
        return index.analyzer().terms(topicWords(text));
    }

    /** How many words of the text carry a topic term ("ten-year" is one word, though indexed as three terms). */
    int topicWordCount(String text) {
        return wordCount(topicWords(text));
    }

    /** Words that carry a term, not analysed terms: "ten-year" is one word, though indexed as three terms. */
    private int wordCount(String words) {
        return (int) Arrays.stream(words.split("\\s+")).filter(w -> !topicTerms(w).isEmpty()).count();
    }

    /** The text without question words, as words. */
    static String topicWords(String text) {
        StringBuilder kept = new StringBuilder();
        for (String word : NOT_WORD.split(text)) {
            String lower = word.toLowerCase(Locale.ROOT);
            // "anyone's" is the question word "anyone"
            if (!word.isEmpty() && !QUESTION_WORDS.contains(lower)
                    && !QUESTION_WORDS.contains(POSSESSIVE.matcher(lower).replaceFirst(""))) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /** True when the question names places and the cited report is filed under none of them. */
    private static boolean elsewhere(List<Mention> mentions, Publication cited) {
        List<Mention> places = mentions.stream().filter(m -> m.kind() == Mention.Kind.PLACE).toList();
        return !places.isEmpty() && places.stream().noneMatch(m -> ScopeFocus.filed(cited, m.values()));
    }

    /** The text without the places (and their demonyms) it names. */
    private static String placeless(String text, Vocabulary vocab) {
        return vocab.withoutDemonyms(withoutMentions(text, vocab.mentions(text).stream()
                .filter(m -> m.kind() == Mention.Kind.PLACE).toList()));
    }

    /** The text in lower case without the spans of the given mentions, spaces single. */
    private static String withoutMentions(String text, List<Mention> mentions) {
        StringBuilder out = new StringBuilder(text.toLowerCase(Locale.ROOT));
        mentions.stream().sorted((a, b) -> b.start() - a.start()).forEach(m -> {
            if (m.end() <= out.length()) {
                out.replace(m.start(), m.end(), " ");
            }
        });
        return SPACES.matcher(out.toString()).replaceAll(" ").strip();
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
