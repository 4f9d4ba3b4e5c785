// The session's state. It lives only in this page (no storage: training computers are shared).

const listeners = new Map();

export const state = {
  /** Filters set in the filter bar; applied to questions and to browsing. Mirrors org.refdesk.library.Filters. */
  filters: { countries: [], regions: [], categories: [], yearFrom: null, yearTo: null },
  /** Facet values of the whole library: { country: {name: count}, ... }. */
  facets: {},
  /** Reading list: id -> record (a Source or a Publication). Insertion order is kept. */
  reading: new Map(),
  /** The conversation: [{ question, answer, sources, suggestions, filters }]. */
  turns: [],
  /** The CSL citation style for "Copy citation", the reading-list citations and the handout. */
  citationStyle: 'apa',
};

export function on(event, fn) {
  if (!listeners.has(event)) listeners.set(event, []);
  listeners.get(event).push(fn);
}

export function emit(event, detail) {
  for (const fn of listeners.get(event) || []) fn(detail);
}

export function hasFilters() {
  const f = state.filters;
  return f.countries.length + f.regions.length + f.categories.length > 0 || f.yearFrom !== null || f.yearTo !== null;
}

/** Filters as the ask API takes them. */
export function filtersBody() {
  const f = state.filters;
  const body = {};
  if (f.countries.length) body.countries = [...f.countries];
  if (f.regions.length) body.regions = [...f.regions];
  if (f.categories.length) body.categories = [...f.categories];
  if (f.yearFrom !== null) body.yearFrom = f.yearFrom;
  if (f.yearTo !== null) body.yearTo = f.yearTo;
  return body;
}

/** Filters as browse query parameters. */
export function filtersQuery() {
  const f = state.filters;
  return { country: f.countries, region: f.regions, category: f.categories, yearFrom: f.yearFrom, yearTo: f.yearTo };
}

export function toggleReading(record) {
  if (state.reading.has(record.id)) state.reading.delete(record.id);
  else state.reading.set(record.id, record);
  emit('reading');
}

export function addReading(records) {
  for (const r of records) if (!state.reading.has(r.id)) state.reading.set(r.id, r);
  emit('reading');
}
