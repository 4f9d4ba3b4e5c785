package org.refdesk.web;

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
}
