package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.config.Settings;

/**
 * Exports on a real server, read as their formats demand: RIS as exact UTF-8 bytes, citations as
 * text, and JSON Lines taken back by another refdesk that then holds the very same records.
 */
class ExportRoundTripIT {

    static final String TOKEN = "round-trip-token";
    static final String UNICODE = "{\"id\":\"unicode-1\",\"title\":\"Łódź – “curly” ‘quotes’ 人身売買\","
            + "\"abstract\":\"Ünïcödé text — with an em dash.\",\"authors\":[\"International Organization for Migration\","
            + "\"Katie Klaffenböck\"],\"affiliations\":[\"Walk Free Foundation\",\"Ministry of Labour and Social Policy\"],"
            + "\"countries\":[\"Poland\"],\"year\":2021,\"category\":\"Research\",\"url\":\"https://example.org/ł\"}";

    @TempDir
    Path dir;
    TestLibrary source;
    TestLibrary target;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        source = TestLibrary.shared(dir.resolve("a"), s -> s.withAdminToken(TOKEN));
        assertThat(send(source, "POST", "/api/admin/publications", UNICODE).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        for (TestLibrary a : new TestLibrary[] {source, target}) {
            if (a != null) {
                a.close();
            }
        }
    }

    @Test
    void should_send_ris_as_utf8_and_say_so() throws Exception {
        // when the record is exported as RIS
        HttpResponse<byte[]> res = bytes(source, "/api/export?format=ris&ids=unicode-1");

        // then the media type names UTF-8 and the bytes are the UTF-8 encoding of every character
        assertThat(res.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase())
                .isEqualTo("application/x-research-info-systems;charset=utf-8");
        String expected = "TY  - RPRT\r\nID  - unicode-1\r\nTI  - Łódź – “curly” ‘quotes’ 人身売買\r\n"
                + "AU  - International Organization for Migration\r\nAU  - Katie Klaffenböck\r\nPY  - 2021\r\n"
                + "AB  - Ünïcödé text — with an em dash.\r\n";
        assertThat(res.body()).startsWith(expected.getBytes(StandardCharsets.UTF_8));
        String decoded = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(res.body())).toString();
        assertThat(decoded).doesNotContain("?").contains("PB  - Walk Free Foundation\r\n", "UR  - https://example.org/ł\r\n");

        // and a RIS parser (citeproc-java's), reading in the charset the header names, gets every character back
        Charset charset = Charset.forName(res.headers().firstValue("Content-Type").orElseThrow().replaceAll(".*charset=", ""));
        RISReference ref = new RISParser().parse(new InputStreamReader(new ByteArrayInputStream(res.body()), charset))
                .getReferences().get(0);
        assertThat(ref.getTitle()).isEqualTo("Łódź – “curly” ‘quotes’ 人身売買");
        assertThat(ref.getAuthors()).containsExactly("International Organization for Migration", "Katie Klaffenböck");
        assertThat(ref.getAbstrct()).isEqualTo("Ünïcödé text — with an em dash.");
        assertThat(ref.getYear()).isEqualTo("2021");
    }

    @Test
    void should_render_citations_with_organisations_whole() throws Exception {
        // when two records are exported as Chicago citations
        HttpResponse<byte[]> res = bytes(source,
                "/api/export?format=citation&style=chicago-author-date&ids=unicode-1,the-other-migrant-crisis");

        // then plain UTF-8 text, one entry per id, the organisation named whole
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase())
                .isEqualTo("text/plain;charset=utf-8");
        List<String> lines = new String(res.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("International Organization for Migration, and Katie Klaffenböck. 2021."));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("McCormack, Samantha"));
    }

    @Test
    void should_restore_every_record_exactly_into_an_empty_refdesk_from_its_jsonl_export() throws Exception {
        // given every record of the source library and its JSON Lines export
        List<String> ids = ids(source);
        assertThat(ids).contains("unicode-1").hasSizeGreaterThan(5);
        HttpResponse<String> export = send(source, "GET", "/api/export?format=jsonl&ids=" + String.join(",", ids), null);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase())
                .isEqualTo("application/x-ndjson;charset=utf-8");

        // when it is uploaded unchanged to a refdesk with an empty collection
        Path empty = Files.createDirectories(dir.resolve("b/seeds"));
        target = TestLibrary.shared(Settings.fromEnvironment(Map.of()).withStorage(empty, dir.resolve("b/data"))
                .withAdminToken(TOKEN));
        HttpResponse<String> upload = send(target, "POST", "/api/admin/publications", export.body());

        // then nothing is rejected and each record reads back identical, field for field
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(json.readTree(upload.body()).path("rejected")).isEmpty();
        assertThat(ids(target)).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            JsonNode before = json.readTree(send(source, "GET", "/api/publications/" + id, null).body());
            JsonNode after = json.readTree(send(target, "GET", "/api/publications/" + id, null).body());
            assertThat(after).as(id).isEqualTo(before);
        }
    }

    @Test
    void should_take_back_a_record_as_the_api_gives_it() throws Exception {
        // given a record as GET /api/publications/{id} returns it, affiliations included
        String record = send(source, "GET", "/api/publications/unicode-1", null).body();
        assertThat(json.readTree(record).path("affiliations")).hasSize(2);

        // when it is uploaded as it is, then it is accepted unchanged
        HttpResponse<String> res = send(source, "POST", "/api/admin/publications", record);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(json.readTree(res.body()).path("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void should_name_every_known_field_when_refusing_an_unknown_one() throws Exception {
        // when a record has a field refdesk does not know
        HttpResponse<String> res = send(source, "POST", "/api/admin/publications",
                "{\"title\":\"A report\",\"publisher\":\"Someone\"}");

        // then the message names the field and lists every accepted field, not cut off
        String error = json.readTree(res.body()).path("rejected").get(0).path("error").asText();
        assertThat(error).isEqualTo("unknown field 'publisher' (expected abstract, affiliations, authors, category, "
                + "countries, id, regions, title, url, year)");
    }

    private List<String> ids(TestLibrary library) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = json.readTree(send(library, "GET", "/api/publications?page=" + page, null).body());
            body.path("items").forEach(i -> ids.add(i.path("id").asText()));
            if (body.path("items").isEmpty() || ids.size() >= body.path("total").asInt()) {
                return ids;
            }
        }
    }

    private HttpResponse<String> send(TestLibrary library, String method, String path, String body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(library.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            req.header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + TOKEN);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(TestLibrary library, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(library.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
