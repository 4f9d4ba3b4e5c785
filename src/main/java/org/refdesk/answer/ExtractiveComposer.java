package org.refdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;
import org.refdesk.library.SentenceSplitter;
import org.refdesk.retrieve.Candidate;
import org.refdesk.retrieve.Intent;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Understanding;
import org.refdesk.retrieve.Verdict;
import org.refdesk.retrieve.SentencePicker;

/**
 * Writes the default answer from the records alone: a lead sentence from a fixed template that fits
 * the question, then for each cited report its title and the abstract sentences that best answer the
 * question, each followed by its [n]. No sentence comes from anywhere but a record or a template, so it
 * needs no LLM and cannot invent facts. Thread-safe.
 */
public final class ExtractiveComposer {

    /** About 120 words for a topic answer with sentences; lists may run longer; further reports by title only. */
    private static final int WORD_BUDGET = 120;
    private static final int LIST_WORD_BUDGET = 220;
    /** A sentence naming who made a report its record gives no author for ("led by IOM and …"). */
    private static final Pattern MADE_BY = Pattern.compile("\\b(led|produced|prepared|written|published|developed|"
            + "commissioned|conducted|compiled|authored|edited|carried out) by\\b");
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private final SentencePicker picker;
    /** Embeds a question when retrieval did not (it always does in the product; tests may not). */
    private final Function<String, float[]> embedQuery;
    private final AnswerTemplates templates = new AnswerTemplates();
    private final ListSummary summary;

    public ExtractiveComposer(SentencePicker picker, Function<String, float[]> embedQuery, ListSummary summary) {
        this.picker = Objects.requireNonNull(picker, "picker");
        this.embedQuery = Objects.requireNonNull(embedQuery, "embedQuery");
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    public Answer compose(Retrieval r, List<String> distinctiveTerms) {
        Understanding u = r.understanding();
        return switch (r.verdict()) {
            case OFF_TOPIC -> abstain(templates.offTopic(), u);
            case NO_MATCH -> abstain(templates.noMatch(u.applied()), u);
            case NOT_COVERED -> notCovered(r, distinctiveTerms);
            case RELAXED, WIDENED -> reports(r, distinctiveTerms);
            case ANSWER -> u.intent() == Intent.METADATA ? metadata(r) : reports(r, distinctiveTerms);
        };
    }

    private Answer reports(Retrieval r, List<String> terms) {
        Understanding u = r.understanding();
        boolean list = u.intent() == Intent.LIST;
        float[] query = queryVector(r);
        StringBuilder text = new StringBuilder();
        List<Source> sources = new ArrayList<>();
        List<Publication> briefly = new ArrayList<>();
        int words = 0;
        for (Candidate c : r.candidates()) {
            int n = sources.size() + 1;
            if (n > 1 && words > (list ? LIST_WORD_BUDGET : WORD_BUDGET)) {
                briefly.add(c.publication());
                sources.add(Source.of(n, c.publication(), snippet(c.publication())));
                continue;
            }
            List<String> sentences = picker.pick(c.publication().id(), query, terms, u.seen(), !list && n == 1 ? 2 : 1);
            String item = templates.item(c.publication(), sentences, n);
            words += item.split("\\s+").length;
            text.append(' ').append(item);
            sources.add(Source.quoting(n, c.publication(), sentences));
        }
        if (!briefly.isEmpty()) {
            text.append(' ').append(templates.alsoCited(briefly, sources.size() - briefly.size() + 1));
        }
        int more = r.matching() - sources.size();
        if (more > 0) {
            text.append(' ').append(templates.more(more));
        }
        List<String> dropped = u.relaxation().dropped();
        String lead = r.verdict() == Verdict.RELAXED ? templates.relaxed(dropped, sources.size())
                : r.verdict() == Verdict.WIDENED ? templates.widened(dropped, r.matching(), sources.size())
                : list ? summary.lead(r, sources.size())
                : templates.lead(u, r.matching(), sources.size(), !terms.isEmpty());
        return new Answer((lead + text).strip(), sources, List.of(), r.verdict() == Verdict.RELAXED, "extractive",
                u.applied(), null);
    }

    /** "who wrote it?", "what year did they come out?": one line per report the gate kept. */
    private Answer metadata(Retrieval r) {
        Understanding u = r.understanding();
        List<String> lines = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Candidate c : r.candidates()) {
            Publication p = c.publication();
            int n = sources.size() + 1;
            lines.add(templates.metadata(p, u.wants(), n, p.authors().isEmpty() ? makers(p) : null));
            sources.add(Source.of(n, p, snippet(p)));
        }
        return new Answer(String.join(" ", lines), sources, List.of(), false, "extractive", u.applied(), null);
    }

    /** The first abstract sentence that says who led, wrote or published the report, or null. */
    private static String makers(Publication p) {
        return SPLITTER.split(p.abstractText()).stream().filter(s -> MADE_BY.matcher(s).find()).findFirst()
                .orElse(null);
    }

    private Answer notCovered(Retrieval r, List<String> terms) {
        Understanding u = r.understanding();
        Publication closest = r.candidates().get(0).publication();
        List<String> sentences = picker.pick(closest.id(), queryVector(r), terms, u.seen(), 1);
        String text = templates.notCovered(u.unknownTerms()) + " " + templates.closest(closest, sentences, 1);
        return new Answer(text, List.of(Source.quoting(1, closest, sentences)), List.of(), true, "extractive",
                u.applied(), null);
    }

    /** The question's vector from retrieval; embedded here only when retrieval did not need one. */
    private float[] queryVector(Retrieval r) {
        return r.queryVector() != null ? r.queryVector() : embedQuery.apply(r.understanding().meaningText());
    }

    private static Answer abstain(String text, Understanding u) {
        return new Answer(text, List.of(), List.of(), true, "extractive", u.applied(), null);
    }

    public static String snippet(Publication p) {
        String a = p.abstractText();
        if (a.length() <= 280) {
            return a;
        }
        int cut = a.lastIndexOf(' ', 277);
        return a.substring(0, cut > 0 ? cut : 277) + "…";
    }
}
