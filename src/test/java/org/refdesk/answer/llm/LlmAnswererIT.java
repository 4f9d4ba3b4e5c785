package org.refdesk.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refdesk.answer.Answer;
import org.refdesk.answer.AnswerStream;
import org.refdesk.answer.Source;
import org.refdesk.config.Settings.LlmSettings;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Candidate;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Turn;
import org.refdesk.retrieve.Understanding;
import org.refdesk.retrieve.Verdict;

/** The answerer against a stub model server on loopback speaking the OpenAI and Ollama protocols. */
class LlmAnswererIT {

    private static final Publication MENA = new Publication("mena", "The Other Migrant Crisis",
            "Migrant workers in the MENA region are highly vulnerable to trafficking. Domestic workers are most at risk.",
            List.of("Worldwide"), List.of("Middle East"), List.of("Samantha McCormack"), List.of(), 2015, "Research", null);
    private static final Publication MEKONG = new Publication("mekong", "Health and Human Trafficking in the Greater Mekong Subregion",
            "This study covers the health consequences of trafficking in Thailand, Cambodia and Viet Nam.",
            List.of("Thailand"), List.of("Asia"), List.of("C. Zimmerman"), List.of(), 2015, "Research", null);
    private static final Question QUESTION = Question.of("Who is at risk in the Middle East?");
    private static final Answer EXTRACTIVE = new Answer("“The Other Migrant Crisis” (2015): Domestic workers are most at risk [1].",
            List.of(Source.of(1, MENA, "Domestic workers are most at risk.")), List.of(), false, "extractive",
            List.of(), null);
    private static StubLlmServer stub;

    @BeforeAll
    static void start() throws Exception {
        stub = new StubLlmServer();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    private static LlmAnswerer answerer(String provider, Duration timeout, int concurrent) {
        String url = provider.equals("ollama") ? stub.ollamaUrl() : stub.openAiUrl();
        LlmSettings settings = new LlmSettings(provider, url, "stub-model", null, timeout);
        return new LlmAnswerer(ChatModels.from(settings), new PromptBuilder(PromptTemplates.fromClasspath()), timeout,
                concurrent, new LlmStatus(settings));
    }

    private static LlmAnswerer answerer(String provider) {
        return answerer(provider, Duration.ofSeconds(5), 4);
    }

    private static Retrieval retrieval() {
        Understanding u = Understanding.of(QUESTION.text()).build();
        return new Retrieval(u, Verdict.ANSWER, List.of(candidate(MEKONG), candidate(MENA)));
    }

    private static Candidate candidate(Publication p) {
        return new Candidate(p, 0.5, 1, 1, 1f, 0.8f, List.of());
    }

    private static Answer ask(LlmAnswerer llm) {
        return llm.answer(QUESTION, retrieval(), EXTRACTIVE, llm.deadline());
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "ollama"})
    void should_answer_from_the_model_citing_only_what_it_cites(String provider) {
        // given
        stub.answering("In “The Other Migrant Crisis”, domestic workers are named as most at risk [2].");

        // when
        Answer answer = ask(answerer(provider));

        // then
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.llmError()).isNull();
        assertThat(answer.answer()).isEqualTo("In “The Other Migrant Crisis”, domestic workers are named as most at risk [1].");
        assertThat(answer.sources()).extracting(Source::id).containsExactly("mena");
        assertThat(answer.sources().get(0).n()).isEqualTo(1);
        assertThat(stub.requests().get(0)).contains("<source n=\\\"2\\\">", "The Other Migrant Crisis");
    }

    @Test
    void should_remove_an_invented_citation() {
        // given
        stub.answering("Domestic workers are most at risk [2]. Nine in ten are women [9].");

        // when
        Answer answer = ask(answerer("openai"));

        // then
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.answer()).isEqualTo("Domestic workers are most at risk [1]. Nine in ten are women.");
        assertThat(answer.sources()).hasSize(1);
    }

    @Test
    void should_fall_back_when_only_invented_citations_remain() {
        // given
        stub.answering("Nine in ten victims are women [9].");

        // when
        Answer answer = ask(answerer("openai"));

        // then
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.answer()).isEqualTo(EXTRACTIVE.answer());
        assertThat(answer.llmError()).isEqualTo("invalid answer: no valid citation");
    }

    @Test
    void should_remove_an_injected_image_link_to_an_outside_host() {
        // given
        stub.answering("Domestic workers are most at risk [2]. ![x](https://evil.example/leak.png?q=Middle+East)");

        // when
        Answer answer = ask(answerer("openai"));

        // then
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.answer()).isEqualTo("Domestic workers are most at risk [1].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "ollama"})
    void should_fall_back_in_time_when_the_model_is_slow(String provider) {
        // given
        stub.answering("Too late [1].").delayed(4000);
        LlmAnswerer llm = answerer(provider, Duration.ofMillis(800), 4);

        // when
        long start = System.nanoTime();
        Answer answer = ask(llm);
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.llmError()).isEqualTo("timeout");
        assertThat(millis).as("well before the 4 s answer").isLessThan(3000);
    }

    @Test
    void should_not_retry_a_refused_request() {
        // given
        stub.answering("Fine [1].").failing(401, 401);

        // when
        Answer answer = ask(answerer("openai"));

        // then
        assertThat(answer.llmError()).isEqualTo("refused (HTTP 401)");
        assertThat(answer.answer()).isEqualTo(EXTRACTIVE.answer());
        assertThat(stub.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "ollama"})
    void should_retry_a_server_error_once_then_fall_back(String provider) {
        // given
        stub.answering("Fine [1].").failing(500, 500, 500);

        // when
        Answer answer = ask(answerer(provider));

        // then
        assertThat(answer.llmError()).isEqualTo("server error (HTTP 500)");
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void should_answer_when_the_retry_succeeds() {
        // given
        stub.answering("Domestic workers are most at risk [2].").failing(503);

        // when
        Answer answer = ask(answerer("openai"));

        // then
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void should_answer_extractively_at_once_when_all_model_slots_are_busy() throws Exception {
        // given
        stub.answering("Slow [1].").delayed(1500);
        LlmAnswerer llm = answerer("openai", Duration.ofSeconds(3), 1);
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> ask(llm));
        while (stub.requests().isEmpty()) {
            Thread.sleep(10);
        }

        // when
        long start = System.nanoTime();
        Answer second = ask(llm);
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(second.llmError()).isEqualTo("busy");
        assertThat(millis).as("before the first answer's 1.5 s").isLessThan(1000);
        assertThat(first.get().mode()).isEqualTo("llm");
    }

    @Test
    void should_say_unreachable_when_no_server_listens() throws Exception {
        // given
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        LlmSettings settings = new LlmSettings("openai", "http://127.0.0.1:" + closedPort + "/v1", "m", null,
                Duration.ofSeconds(2));
        LlmStatus status = new LlmStatus(settings);
        LlmAnswerer llm = new LlmAnswerer(ChatModels.from(settings), new PromptBuilder(PromptTemplates.fromClasspath()),
                settings.timeout(), 4, status);

        // when
        Answer answer = ask(llm);
        status.probe();

        long start = System.nanoTime();
        Answer again = ask(llm);
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(answer.llmError()).isEqualTo("unreachable");
        assertThat(status.state()).isEqualTo("down (unreachable)");
        assertThat(again.llmError()).isEqualTo("unreachable");
        assertThat(millis).as("no wait for a connection").isLessThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "ollama"})
    void should_stream_the_checked_answer_after_the_sources(String provider) {
        // given
        stub.answering("Domestic workers are most at risk [2]. Women are named too [9]. ![x](http://evil.example/p.png) "
                + "The report is “The Other Migrant Crisis” [2].");
        LlmAnswerer llm = answerer(provider);
        Recorder recorder = new Recorder();

        // when
        Answer answer = llm.stream(QUESTION, retrieval(), EXTRACTIVE, recorder, llm.deadline());

        // then
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.answer()).isEqualTo("Domestic workers are most at risk [1]. Women are named too. "
                + "The report is “The Other Migrant Crisis” [1].");
        assertThat(recorder.events.get(0)).startsWith("sources:");
        assertThat(recorder.text()).doesNotContain("evil", "[9]").contains("most at risk [", "Crisis” [");
        assertThat(recorder.events).noneMatch(e -> e.equals("restart"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "ollama"})
    void should_pass_on_cited_text_before_the_model_has_finished(String provider) {
        // given
        stub.answering("Domestic workers are most at risk [2]. They work in private homes [2]. More follows [2].")
                .stalling(8, 600);
        LlmAnswerer llm = answerer(provider);
        Recorder recorder = new Recorder();

        // when
        long start = System.nanoTime();
        Answer answer = llm.stream(QUESTION, retrieval(), EXTRACTIVE, recorder, llm.deadline());
        long end = System.nanoTime();

        // then
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat((end - recorder.firstDelta) / 1_000_000).isGreaterThan(400);
        assertThat(recorder.events.get(0)).isEqualTo("sources:[mekong,mena]");
        assertThat(recorder.text()).isEqualTo("Domestic workers are most at risk [2]. They work in private homes [2]. "
                + "More follows [2].");
        assertThat(answer.answer()).isEqualTo("Domestic workers are most at risk [1]. They work in private homes [1]. "
                + "More follows [1].");
        assertThat(answer.sources()).extracting(Source::id).containsExactly("mena");
        assertThat(start).isLessThan(recorder.firstDelta);
    }

    @Test
    void should_restart_with_the_extractive_answer_when_the_deadline_passes_mid_stream() {
        // given
        stub.answering("Domestic workers are most at risk [2]. They work in private homes [2]. More follows [2].")
                .stalling(8, 3000);
        LlmAnswerer llm = answerer("openai", Duration.ofMillis(1000), 4);
        Recorder recorder = new Recorder();

        // when
        long start = System.nanoTime();
        Answer answer = llm.stream(QUESTION, retrieval(), EXTRACTIVE, recorder, llm.deadline());
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(answer.llmError()).isEqualTo("timeout");
        assertThat(recorder.events).contains("restart");
        assertThat(recorder.text()).isEqualTo(EXTRACTIVE.answer());
        assertThat(millis).as("well before the 3 s stall ends").isLessThan(2500);
    }

    @Test
    void should_stream_the_extractive_answer_when_the_model_declines() {
        // given
        stub.answering("NO_ANSWER");
        LlmAnswerer llm = answerer("openai");
        Recorder recorder = new Recorder();

        // when
        Answer answer = llm.stream(QUESTION, retrieval(), EXTRACTIVE, recorder, llm.deadline());

        // then
        assertThat(answer.llmError()).isEqualTo("invalid answer: the model declined to answer");
        assertThat(recorder.text()).isEqualTo(EXTRACTIVE.answer());
        assertThat(recorder.events).containsOnlyOnce("sources:[mena]");
    }

    @Test
    void should_stream_the_extractive_answer_after_a_refused_request() {
        // given
        stub.answering("Fine [1].").failing(401);
        LlmAnswerer llm = answerer("ollama");
        Recorder recorder = new Recorder();

        // when
        Answer answer = llm.stream(QUESTION, retrieval(), EXTRACTIVE, recorder, llm.deadline());

        // then
        assertThat(answer.llmError()).isEqualTo("refused (HTTP 401)");
        assertThat(recorder.text()).isEqualTo(EXTRACTIVE.answer());
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void should_rewrite_a_follow_up_as_a_standalone_question() {
        // given
        stub.answering("unused").condensingTo("Who wrote “The Other Migrant Crisis”?");
        LlmAnswerer llm = answerer("openai");
        Question followUp = new Question("Who wrote it?", List.of(new Turn("user", "Middle East?"),
                new Turn("assistant", "“The Other Migrant Crisis” (2015) covers this [1].")), null);

        // when
        Question standalone = llm.condense(followUp, llm.deadline());

        // then
        assertThat(standalone.text()).isEqualTo("Who wrote “The Other Migrant Crisis”?");
        assertThat(standalone.history()).isEqualTo(followUp.history());
    }

    /** Records what a stream receives. */
    private static final class Recorder implements AnswerStream {
        final List<String> events = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        long firstDelta;

        @Override
        public void sources(List<Source> sources) {
            events.add("sources:" + sources.stream().map(Source::id).toList().toString().replace(" ", ""));
        }

        @Override
        public void delta(String piece) {
            events.add("delta");
            firstDelta = firstDelta == 0 ? System.nanoTime() : firstDelta;
            text.append(piece);
        }

        @Override
        public void restart() {
            events.add("restart");
            text.setLength(0);
        }

        String text() {
            return text.toString().strip();
        }
    }
}
