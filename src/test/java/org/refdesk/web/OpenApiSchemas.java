package org.refdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The response schemas of openapi.yaml as JSON Schema (draft 2020-12), for a real validator: component
 * schemas become {@code $defs}, OpenAPI 3.0's {@code nullable} becomes a {@code "null"} type.
 */
final class OpenApiSchemas {

    private static final String COMPONENT_REF = "#/components/schemas/";
    private final JsonNode spec;
    private final ObjectNode defs;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiSchemas(String yaml) {
        try {
            this.spec = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.defs = (ObjectNode) convert(spec.path("components").path("schemas"));
    }

    JsonNode spec() {
        return spec;
    }

    /** The documented response of an operation, its {@code $ref} followed; empty when not documented. */
    Optional<JsonNode> response(String path, String method, int status) {
        JsonNode response = spec.path("paths").path(path).path(method).path("responses").path(String.valueOf(status));
        if (response.has("$ref")) {
            response = spec.at(response.get("$ref").asText().substring(1));
        }
        return response.isMissingNode() ? Optional.empty() : Optional.of(response);
    }

    /** Problems of a JSON body against the documented JSON schema of that response. */
    List<String> validate(String path, String method, int status, JsonNode body) {
        JsonNode response = response(path, method, status).orElse(null);
        if (response == null) {
            return List.of(method + " " + path + " " + status + " is not documented");
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of(method + " " + path + " " + status + " documents no JSON body");
        }
        ObjectNode root = ((ObjectNode) convert(schema)).deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", defs);
        JsonSchema compiled = factory.getSchema(root);
        Set<ValidationMessage> messages = compiled.validate(body);
        return messages.stream().map(m -> method + " " + path + " " + status + ": " + m.getMessage()).toList();
    }

    /** Object schemas reachable from documented responses that are not closed or name no required property. */
    List<String> openObjects() {
        Set<String> reachable = new TreeSet<>();
        spec.path("paths").forEach(path -> path.forEach(op -> collectRefs(op.path("responses"), reachable)));
        collectRefs(spec.path("components").path("responses"), reachable);
        List<String> problems = new ArrayList<>();
        for (String name : reachable) {
            checkClosed(name, spec.path("components").path("schemas").path(name), problems);
        }
        return problems;
    }

    /** Names of the component schemas a node refers to, directly or through other schemas. */
    private void collectRefs(JsonNode node, Set<String> names) {
        if (node.has("$ref") && node.get("$ref").asText().startsWith(COMPONENT_REF)) {
            String name = node.get("$ref").asText().substring(COMPONENT_REF.length());
            if (names.add(name)) {
                collectRefs(spec.path("components").path("schemas").path(name), names);
            }
        }
        node.forEach(child -> collectRefs(child, names));
    }

    private static void checkClosed(String where, JsonNode schema, List<String> problems) {
        if (schema.isObject()) {
            if ("object".equals(schema.path("type").asText()) && !schema.has("additionalProperties")) {
                problems.add(where + " does not say whether other properties may appear");
            }
            if (schema.path("properties").size() > 0 && !schema.has("required")) {
                problems.add(where + " has properties but none required");
            }
            schema.path("properties").fields().forEachRemaining(p -> checkClosed(where + "." + p.getKey(), p.getValue(), problems));
            checkClosed(where + "[]", schema.path("items"), problems);
        }
    }

    private static JsonNode convert(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(convert(n)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("$ref") && e.getValue().asText().startsWith(COMPONENT_REF)) {
                out.put("$ref", "#/$defs/" + e.getValue().asText().substring(COMPONENT_REF.length()));
            } else if (!e.getKey().equals("nullable")) {
                // property names are data, not keywords: only their schemas are converted
                out.set(e.getKey(), convert(e.getValue()));
            }
        }
        if (node.path("nullable").asBoolean() && node.has("type")) {
            out.set("type", JsonNodeFactory.instance.arrayNode().add(node.get("type").asText()).add("null"));
        }
        return out;
    }
}
