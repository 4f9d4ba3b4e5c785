package org.refdesk.retrieve;

/** What the gate decided about a question. */
public enum Verdict {
    /** Reports match: answer from them. */
    ANSWER,
    /** On the library's subject, but nothing covers this; at most the closest report is named as such. */
    NOT_COVERED,
    /** Not about anything the library holds: abstain. */
    OFF_TOPIC,
    /** The question's filters (years, places, people) match no report. */
    NO_MATCH,
    /**
     * The constraints read from the question's words ("from 2022", "by WHO") found nothing relevant; the
     * reports are the closest ones without them, named as such.
     */
    RELAXED,
    /**
     * The reports that meet the constraints read from the question's words are clearly weaker evidence than the
     * ranking without them ("… mass graves 2015" read as a publication year): answered from that ranking, the lead
     * naming the constraints set aside.
     */
    WIDENED
}
