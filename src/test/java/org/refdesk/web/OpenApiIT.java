package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;

/** The hand-written openapi.yaml is well-formed, served, and describes exactly the routes the server registers. */
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");
    @TempDir
    static Path dir;
    static TestLibrary library;
    final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @BeforeAll
    static void start() {
        library = TestLibrary.shared(dir, s -> s.withAdminToken("t"));
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    JsonNode spec() throws Exception {
        return yaml.readTree(OpenApi.text());
    }

    @Test
    void should_serve_the_document_it_ships() throws Exception {
        // when
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(library.baseUrl() + "/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());
        // then
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        assertThat(res.body()).isEqualTo(OpenApi.text());
    }

    @Test
    void should_be_a_valid_openapi_3_document() throws Exception {
        // given
        JsonNode spec = spec();
        // then
        assertThat(spec.path("openapi").asText()).startsWith("3.0.");
        assertThat(spec.path("info").path("title").asText()).isNotBlank();
        assertThat(spec.path("info").path("version").asText()).isNotBlank();
        List<String> problems = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/")) {
                problems.add(path.getKey() + " does not start with /");
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey())) {
                    problems.add(path.getKey() + " has unknown method " + op.getKey());
                } else if (!op.getValue().path("responses").isObject() || op.getValue().path("responses").isEmpty()) {
                    problems.add(op.getKey() + " " + path.getKey() + " has no responses");
                }
                for (String param : pathParams(path.getKey())) {
                    boolean declared = false;
                    for (JsonNode p : op.getValue().path("parameters")) {
                        declared |= p.path("in").asText().equals("path") && p.path("name").asText().equals(param)
                                && p.path("required").asBoolean();
                    }
                    if (!declared) {
                        problems.add(op.getKey() + " " + path.getKey() + " does not declare path parameter " + param);
                    }
                }
            });
        });
        collectRefs(spec, spec, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void should_describe_exactly_the_registered_routes() throws Exception {
        // given
        Set<String> registered = new TreeSet<>();
        library.webApp().javalin().unsafe.internalRouter.allHttpHandlers().forEach(h -> {
            HandlerType method = h.endpoint.method;
            if (method.isHttpMethod()) {
                registered.add(method.name() + " " + h.endpoint.path);
            }
        });
        Set<String> documented = new TreeSet<>();
        spec().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        // then
        assertThat(registered).contains("POST /api/ask", "GET /metrics");
        assertThat(documented).isEqualTo(registered);
    }

    private static List<String> pathParams(String path) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void collectRefs(JsonNode root, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && root.at(ref.asText().substring(1)).isMissingNode()) {
                problems.add("unresolved $ref " + ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(root, child, problems));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(root, child, problems));
        }
    }
}
