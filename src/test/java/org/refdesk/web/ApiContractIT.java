package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;
import org.refdesk.config.Settings;

/**
 * The server keeps the contract openapi.yaml states: every documented route, called for its success
 * and its errors on a real server, answers with a documented status whose JSON body validates
 * (networknt json-schema-validator) against the documented schema, made strict: closed objects,
 * required properties.
 */
class ApiContractIT {

    static final String TOKEN = "contract-token";
    @TempDir
    static Path dir;
    static TestLibrary library;
    static OpenApiSchemas schemas;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    final List<String> problems = new ArrayList<>();
    final Set<String> exercised = new TreeSet<>();

    @BeforeAll
    static void start() {
        library = TestLibrary.shared(dir, s -> s.withAdminToken(TOKEN).withGapReport(true));
        schemas = new OpenApiSchemas(OpenApi.text());
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    @Test
    void should_answer_every_documented_route_with_bodies_that_validate_against_its_schemas() throws Exception {
        // given the ids in the library
        JsonNode page = json.readTree(call("GET", "/api/publications", null, null, null).body());
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asText()));
        String all = String.join(",", ids);
        String ask = "{\"question\":\"What covers health care for trafficked persons?\"}";

        // when every route is called for its success and its errors
        check("POST", "/api/ask", "/api/ask", 200, ask, "application/json", null);
        check("POST", "/api/ask", "/api/ask", 200, "{\"question\":\"recipes for banana bread\"}", "application/json", null);
        check("POST", "/api/ask", "/api/ask", 400, "{\"question\":\"\"}", "application/json", null);
        check("POST", "/api/ask", "/api/ask", 415, ask, "text/plain", null);
        check("POST", "/api/ask/stream", "/api/ask/stream", 200, ask, "application/json", null);
        check("POST", "/api/ask/stream", "/api/ask/stream", 400, "{\"question\":1}", "application/json", null);
        for (String format : List.of("ris", "bibtex", "csv", "md", "jsonl", "citation")) {
            check("GET", "/api/export?format=" + format + "&ids=" + all, "/api/export", 200, null, null, null);
        }
        check("GET", "/api/export?format=citation&style=vancouver&ids=" + all, "/api/export", 200, null, null, null);
        check("GET", "/api/export?format=doc&ids=" + all, "/api/export", 400, null, null, null);
        check("GET", "/api/export?format=citation&style=mla&ids=" + all, "/api/export", 400, null, null, null);
        check("GET", "/api/export?format=ris&ids=no-such-id", "/api/export", 404, null, null, null);
        check("GET", "/api/starters", "/api/starters", 200, null, null, null);
        check("GET", "/api/publications?q=" + URLEncoder.encode("labour", StandardCharsets.UTF_8), "/api/publications", 200, null, null, null);
        check("GET", "/api/publications?page=x", "/api/publications", 400, null, null, null);
        for (String id : ids) {
            check("GET", "/api/publications/" + id, "/api/publications/{id}", 200, null, null, null);
        }
        check("GET", "/api/publications/no-such-id", "/api/publications/{id}", 404, null, null, null);
        check("GET", "/api/publications/" + ids.get(0) + "/similar?k=3", "/api/publications/{id}/similar", 200, null, null, null);
        check("GET", "/api/publications/" + ids.get(0) + "/similar?k=21", "/api/publications/{id}/similar", 400, null, null, null);
        check("GET", "/api/publications/no-such-id/similar", "/api/publications/{id}/similar", 404, null, null, null);
        check("POST", "/api/ask", "/api/ask", 200, "{\"question\":\"Is there anything on trafficking in Canada?\"}",
                "application/json", null);
        check("GET", "/api/admin/gaps", "/api/admin/gaps", 200, null, null, TOKEN);
        check("GET", "/api/admin/gaps", "/api/admin/gaps", 401, null, null, "wrong");
        String upload = "{\"id\":\"contract-1\",\"title\":\"Contract test record\",\"affiliations\":[\"IOM\"]}\n{\"title\":\"\"}";
        check("POST", "/api/admin/publications", "/api/admin/publications", 200, upload, "application/x-ndjson", TOKEN);
        check("POST", "/api/admin/publications", "/api/admin/publications", 400, "{\"nope\":1}", "application/x-ndjson", TOKEN);
        check("POST", "/api/admin/publications", "/api/admin/publications", 401, upload, "application/x-ndjson", "wrong");
        check("POST", "/api/admin/publications", "/api/admin/publications", 415, upload, "image/png", TOKEN);
        check("DELETE", "/api/admin/publications/contract-1", "/api/admin/publications/{id}", 204, null, null, TOKEN);
        check("DELETE", "/api/admin/publications/contract-1", "/api/admin/publications/{id}", 404, null, null, TOKEN);
        check("POST", "/api/admin/reindex", "/api/admin/reindex", 200, null, null, TOKEN);
        check("GET", "/health/live", "/health/live", 200, null, null, null);
        check("GET", "/health/ready", "/health/ready", 200, null, null, null);
        check("GET", "/metrics", "/metrics", 200, null, null, null);
        check("GET", "/openapi.yaml", "/openapi.yaml", 200, null, null, null);
        check("GET", "/api/ask", "/api/ask", 405, null, null, null);

        // then every body validated and every documented operation was called
        assertThat(problems).isEmpty();
        Set<String> documented = new TreeSet<>();
        schemas.spec().path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        assertThat(exercised).containsAll(documented);
    }

    @Test
    void should_describe_the_llm_state_readiness_reports_when_one_is_configured(@TempDir Path other) throws Exception {
        // given a refdesk configured with an LLM server that is not there
        Settings.LlmSettings llm = new Settings.LlmSettings("openai", "http://127.0.0.1:9/v1", "some-model", null,
                Duration.ofSeconds(2));
        try (TestLibrary withLlm = TestLibrary.shared(other, s -> s.withLlm(llm))) {
            // when readiness is asked
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(withLlm.baseUrl() + "/health/ready"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            // then its llm object validates against the documented schema
            JsonNode body = json.readTree(res.body());
            assertThat(body.path("llm").path("provider").asText()).isEqualTo("openai");
            assertThat(schemas.validate("/health/ready", "get", res.statusCode(), body)).isEmpty();
        }
    }

    @Test
    void should_document_only_closed_response_objects_with_required_properties() {
        assertThat(schemas.openObjects()).isEmpty();
    }

    @Test
    void should_give_every_operation_an_id_a_security_rule_and_a_client_error() {
        List<String> missing = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        schemas.spec().path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey() + " " + p.getKey();
            if (!operationIds.add(op.getValue().path("operationId").asText("")) || !op.getValue().has("operationId")) {
                missing.add(name + ": operationId missing or repeated");
            }
            if (!op.getValue().path("security").isArray()) {
                missing.add(name + ": no security (public operations say security: [])");
            }
            List<String> statuses = new ArrayList<>();
            op.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(s -> s.startsWith("4"))) {
                missing.add(name + ": no 4xx response");
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(schemas.spec().path("info").path("license").path("name").asText()).isNotBlank();
    }

    @Test
    void should_refuse_a_wrong_method_with_405_naming_the_allowed_ones() throws Exception {
        // when a POST-only and a GET-only route are asked with the wrong method
        HttpResponse<String> ask = call("GET", "/api/ask", null, null, null);
        HttpResponse<String> export = call("DELETE", "/api/export?ids=a&format=ris", null, null, null);

        // then 405, Allow names the right method, and the body is the usual JSON error
        assertThat(ask.statusCode()).isEqualTo(405);
        assertThat(ask.headers().firstValue("Allow")).contains("POST");
        assertThat(json.readTree(ask.body()).path("status").asInt()).isEqualTo(405);
        assertThat(ask.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(export.statusCode()).isEqualTo(405);
        assertThat(export.headers().firstValue("Allow")).contains("GET");
        assertThat(call("GET", "/api/nothing-here", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void should_serve_the_page_as_utf8_html() throws Exception {
        HttpResponse<String> page = call("GET", "/", null, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase())
                .isEqualTo("text/html;charset=utf-8");
    }

    private void check(String method, String url, String docPath, int expected, String body, String type, String token)
            throws Exception {
        HttpResponse<String> res = call(method, url, body, type, token);
        String where = method + " " + url.replaceAll("ids=[^&]{40,}", "ids=...") + " → " + res.statusCode();
        exercised.add(method + " " + docPath);
        if (res.statusCode() != expected) {
            problems.add(where + ": expected " + expected + ", body " + res.body());
            return;
        }
        String op = method.toLowerCase();
        if (schemas.response(docPath, op, expected).isEmpty()) {
            // a wrong method is documented once per path, under the operation that exists
            op = schemas.spec().path("paths").path(docPath).fieldNames().next();
        }
        JsonNode response = schemas.response(docPath, op, expected).orElse(null);
        if (response == null) {
            problems.add(where + ": status not documented");
            return;
        }
        String contentType = res.headers().firstValue("Content-Type").orElse("");
        if (!response.has("content")) {
            if (!contentType.isEmpty() || !res.body().isEmpty()) {
                problems.add(where + ": documented without a body but sent '" + contentType + "' " + res.body());
            }
            return;
        }
        String mediaType = contentType.replaceAll(";.*", "").strip();
        if (!response.path("content").has(mediaType)) {
            problems.add(where + ": Content-Type " + contentType + " not documented");
        } else if (mediaType.equals("application/json")) {
            problems.addAll(schemas.validate(docPath, op, expected, json.readTree(res.body())));
        }
    }

    private HttpResponse<String> call(String method, String path, String body, String type, String token) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(library.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            req.header("Content-Type", type);
        }
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }
}
