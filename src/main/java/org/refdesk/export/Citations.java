package org.refdesk.export;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.refdesk.library.Publication;

/**
 * Plain-text bibliographies in the {@link CitationStyle}s, rendered by citeproc-java (a pure-Java CSL
 * processor, no script engine) from the CSL styles and locales shipped on the classpath: no network.
 * Each style's processor is built once, on its first use (building all of them took a sixth of a server's
 * start), and is not thread-safe itself, so each is used by one request at a time; this class is thread-safe.
 */
public final class Citations {

    private final Map<CitationStyle, Engine> engines = new ConcurrentHashMap<>();

    /** One entry per publication, in the style's own order, entries separated by a line break. */
    public String bibliography(CitationStyle style, List<Publication> publications) {
        List<String> entries = engines.computeIfAbsent(style, Engine::new).entries(publications);
        return entries.isEmpty() ? "" : String.join("\n", entries) + "\n";
    }

    /** One style's processor and the items of the request it is rendering. */
    private static final class Engine implements ItemDataProvider {

        private final CSL csl;
        private final Map<String, CSLItemData> items = new LinkedHashMap<>();

        Engine(CitationStyle style) {
            try {
                csl = new CSL(this, style.cslName(), "en-US");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load CSL style " + style.cslName(), e);
            }
        }

        synchronized List<String> entries(List<Publication> publications) {
            items.clear();
            publications.forEach(p -> items.put(p.id(), CslItems.item(p)));
            csl.reset();
            // reset() also resets the output format
            csl.setOutputFormat("text");
            csl.registerCitationItems(items.keySet());
            List<String> out = new ArrayList<>();
            for (String entry : csl.makeBibliography().getEntries()) {
                out.add(entry.strip());
            }
            items.clear();
            return out;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return items.keySet();
        }
    }
}
