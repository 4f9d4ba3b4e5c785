package org.refdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.refdesk.TestLibrary;

/** Tests that ask the 210-record dev library over HTTP: one server per test class, on port 0. */
abstract class DevLibraryCase {

    static TestLibrary library;
    static AskClient client;

    @BeforeAll
    static void startDevLibrary() {
        library = TestLibrary.devLibrary();
        client = new AskClient(library::baseUrl);
    }

    @AfterAll
    static void stopDevLibrary() {
        library.close();
    }

    /** The ids of the reports an answer cites, in order. */
    static List<String> ids(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("sources").forEach(s -> out.add(s.path("id").asText()));
        return out;
    }
}
