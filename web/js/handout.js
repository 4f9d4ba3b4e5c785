// The training handout: this session's questions, answers with their citations, and the reading list,
// laid out for paper (the print style sheet prints only this). The reading list is cited in the chosen
// CSL style, rendered by the server.

import { citations, styleField } from './citation.js';
import { $, clear, h, names, places } from './dom.js';
import { on, state } from './state.js';

let rendering = 0;
/** The last citations fetched, so a render (and printing, which cannot wait) reuses them at once. */
let cached = { key: '', entries: [] };

export function mountHandout() {
  $('#handout-print').before(styleField('handout-style'));
  on('style', render);
  $('#handout-print').addEventListener('click', () => {
    render();
    window.print();
  });
  on('turns', render);
  on('reading', render);
  on('view', (name) => {
    if (name === 'handout') render();
  });
  window.addEventListener('beforeprint', render);
  render();
}

function render() {
  const paper = clear($('#handout'));
  const date = new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  paper.append(h('header', { class: 'handout-head' },
    h('p', { class: 'handout-kicker' }, 'refdesk · Anti-trafficking resource library'),
    h('h2', {}, 'Training handout'),
    h('p', { class: 'muted' }, `Questions asked and reports consulted on ${date}.`)));
  if (!state.turns.length && !state.reading.size) {
    paper.append(h('p', { class: 'empty' },
      'Nothing yet: ask a question or add reports to the reading list, and they will appear here.'));
    return;
  }
  if (state.turns.length) {
    paper.append(h('h3', {}, 'Questions and answers'));
    const list = h('ol', { class: 'handout-turns' });
    for (const t of state.turns) {
      list.append(h('li', {},
        h('p', { class: 'handout-q' }, t.question),
        t.filters && t.filters.length ? h('p', { class: 'muted' }, `Filters: ${t.filters.join(', ')}`) : null,
        h('p', { class: 'handout-a' }, t.answer),
        t.sources.length ? h('ol', { class: 'handout-sources' }, t.sources.map((s) => h('li', { value: String(s.n) },
          reference(s)))) : null));
    }
    paper.append(list);
  }
  if (state.reading.size) {
    const records = [...state.reading.values()];
    const list = h('ol', { class: 'handout-reading' }, records.map((r) => h('li', {}, reference(r))));
    paper.append(h('h3', {}, 'Reading list'), list);
    cite(list, records.map((r) => r.id));
  }
}

/** Replaces the plain references with the style's citations (now if known, else once they arrive). */
async function cite(list, ids) {
  const mine = ++rendering;
  const style = state.citationStyle;
  const key = `${style} ${ids.join(',')}`;
  const show = (entries) => {
    list.replaceChildren(...entries.map((entry) => h('li', {}, entry)));
    list.dataset.style = style;
  };
  if (cached.key === key) {
    show(cached.entries);
    return;
  }
  try {
    const entries = await citations(ids, style);
    cached = { key, entries };
    if (mine === rendering && list.isConnected) show(entries);
  } catch (ignored) {
    // the plain references stay: the handout still prints
  }
}

/** Title. Authors, Year. Places. Category. */
function reference(r) {
  const who = names(r.authors || []);
  const where = places(r).join(', ');
  const line = [who, r.year ? String(r.year) : ''].filter(Boolean).join(', ');
  return [
    h('cite', {}, r.title),
    '. ',
    line ? `${line}. ` : '',
    where ? `${where}. ` : '',
    r.category ? `${r.category}.` : '',
  ];
}
