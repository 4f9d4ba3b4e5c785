package org.refdesk.library;

import java.util.ArrayList;
import java.util.List;

/** What one collection file gave: the records that loaded and the problems of those that did not. */
public record ParseResult(String file, List<Publication> publications, List<ParseProblem> problems) {

    public ParseResult {
        publications = List.copyOf(publications);
        problems = List.copyOf(problems);
    }

    public static ParseResult merge(String name, List<ParseResult> parts) {
        List<Publication> pubs = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        for (ParseResult part : parts) {
            pubs.addAll(part.publications());
            problems.addAll(part.problems());
        }
        return new ParseResult(name, pubs, problems);
    }
}
