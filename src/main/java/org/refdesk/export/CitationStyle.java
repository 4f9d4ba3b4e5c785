package org.refdesk.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The citation styles refdesk offers, each a CSL style file from the official CSL styles repository. */
public enum CitationStyle {
    APA("apa"),
    CHICAGO_AUTHOR_DATE("chicago-author-date"),
    HARVARD_CITE_THEM_RIGHT("harvard-cite-them-right"),
    VANCOUVER("vancouver");

    private final String cslName;

    CitationStyle(String cslName) {
        this.cslName = cslName;
    }

    /** The CSL style id, also the name the API and the UI use: {@code apa}, {@code vancouver}, ... */
    public String cslName() {
        return cslName;
    }

    /** The style named by its CSL id (any case). */
    public static Optional<CitationStyle> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.cslName.equals(n)).findFirst();
    }
}
