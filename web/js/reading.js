// The reading-list drawer: reports added from cards, removable, exported as Markdown, RIS, BibTeX, CSV or
// JSON Lines, or as citations in the chosen CSL style.

import { query } from './api.js';
import { $, clear, h, names } from './dom.js';
import { announce } from './announce.js';
import { citationUrl, styleField } from './citation.js';
import { on, state, emit } from './state.js';
import { showView } from './views.js';

const FORMATS = [
  { format: 'md', label: 'Markdown' },
  { format: 'ris', label: 'RIS' },
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSON Lines' },
];

let drawer;
let toggle;

export function mountReading() {
  drawer = $('#reading-drawer');
  toggle = $('#reading-toggle');
  toggle.addEventListener('click', () => (drawer.hidden ? open() : close()));
  $('#reading-close').addEventListener('click', close);
  $('#reading-clear').addEventListener('click', () => {
    state.reading.clear();
    emit('reading');
    announce('Reading list cleared.');
    $('#reading-title').focus();
  });
  $('#reading-handout').addEventListener('click', () => {
    close();
    showView('handout', true);
  });
  drawer.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  const exports = $('#reading-exports');
  for (const f of FORMATS) {
    exports.append(h('a', { class: 'button export-link', 'data-format': f.format, download: '' }, f.label));
  }
  exports.after(h('div', { class: 'export-row citation-row' }, styleField('reading-style'),
    h('a', { class: 'button export-link', 'data-format': 'citation', download: '' }, 'Citations')));
  on('reading', render);
  on('style', render);
  render();
}

function open() {
  drawer.hidden = false;
  toggle.setAttribute('aria-expanded', 'true');
  $('#reading-title').focus();
}

function close() {
  if (drawer.hidden) return;
  drawer.hidden = true;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.focus();
}

function render() {
  const items = [...state.reading.values()];
  $('#reading-count').textContent = String(items.length);
  toggle.setAttribute('aria-label', `Reading list, ${items.length} report${items.length === 1 ? '' : 's'}`);
  const list = clear($('#reading-items'));
  $('#reading-empty').hidden = items.length > 0;
  $('#reading-tools').hidden = items.length === 0;
  for (const r of items) {
    list.append(h('li', { class: 'reading-item', 'data-id': r.id },
      h('div', {}, h('p', { class: 'reading-title' }, r.title),
        h('p', { class: 'browse-meta' }, [r.year, names(r.authors || [])].filter(Boolean).join(' · '))),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': `Remove ${r.title} from the reading list`,
        on: { click: () => remove(r) } }, '×')));
  }
  const ids = items.map((r) => r.id).join(',');
  for (const link of document.querySelectorAll('.export-link')) {
    link.href = link.dataset.format === 'citation' ? citationUrl(items.map((r) => r.id))
      : `/api/export${query({ ids, format: link.dataset.format })}`;
  }
}

function remove(record) {
  state.reading.delete(record.id);
  emit('reading');
  announce(`Removed from the reading list: ${record.title}`);
  const next = $('#reading-items .icon-button') || $('#reading-title');
  next.focus();
}
