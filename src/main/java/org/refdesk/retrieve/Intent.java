package org.refdesk.retrieve;

/** What kind of reply the question wants. */
public enum Intent {
    /** What the library says on a topic. */
    TOPIC,
    /** A list of reports (for a place, a person, a period, a type). */
    LIST,
    /** Who wrote a report, when it was published, or both: answered from the record. */
    METADATA
}
