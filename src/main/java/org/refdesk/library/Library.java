package org.refdesk.library;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded collection: publications by id, in load order. Later records with the same id replace
 * earlier ones. Immutable and thread-safe.
 */
public final class Library {

    private final Map<String, Publication> byId;

    public Library(Collection<Publication> publications) {
        Map<String, Publication> map = new LinkedHashMap<>();
        for (Publication p : publications) {
            map.put(p.id(), p);
        }
        this.byId = Map.copyOf(map);
        this.order = List.copyOf(map.values());
    }

    private final List<Publication> order;

    public Optional<Publication> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Publication> all() {
        return order;
    }

    public int size() {
        return order.size();
    }
}
