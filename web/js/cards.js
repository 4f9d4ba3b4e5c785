// Source cards: one report with its metadata, a snippet with the question's words marked, the whole
// abstract on demand, and a reading-list button.

import { getJson } from './api.js';
import { copyCitationButton } from './citation.js';
import { moreLike } from './similar.js';
import { h, highlighted, names, places } from './dom.js';
import { on, state, toggleReading } from './state.js';

let cardCount = 0;

/** A card for a record (Source or Publication). options: { id, n, terms, abstractOpen, headingLevel }. */
export function sourceCard(record, options = {}) {
  const number = ++cardCount;
  const headingId = `card-${number}-title`;
  const abstractId = `card-${number}-abstract`;
  const terms = options.terms || [];
  const heading = h(`h${options.headingLevel || 3}`, { class: 'card-title', id: headingId }, record.title);
  const card = h('article', { class: 'card', id: options.id, 'aria-labelledby': headingId, 'data-id': record.id },
    h('div', { class: 'card-head' },
      options.n ? h('span', { class: 'card-n', 'aria-hidden': 'true' }, String(options.n)) : null,
      heading),
    meta(record));
  const snippet = record.snippet ?? shorten(record.abstract || '');
  const snippetBox = snippet ? h('p', { class: 'card-snippet' }, highlighted(snippet, terms)) : null;
  if (snippetBox) card.append(snippetBox);
  const abstract = h('div', { class: 'card-abstract', id: abstractId, props: { hidden: true } });
  const toggle = h('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false', 'aria-controls': abstractId },
    'Show full abstract');
  const flip = () => {
    showAbstract(record, abstract, toggle, terms);
    if (snippetBox) snippetBox.hidden = !abstract.hidden;
  };
  toggle.addEventListener('click', flip);
  const similar = moreLike(record);
  card.append(abstract, h('div', { class: 'card-actions' }, toggle,
    h('div', { class: 'card-buttons' }, similar.button, copyCitationButton(record), readingButton(record))), similar.box);
  if (options.abstractOpen) flip();
  // the answer's [n] goes to the card; with the full abstract shown, to the first sentence it quotes
  card.addEventListener('refdesk:quote', () => {
    const first = abstract.hidden ? null : abstract.querySelector('.quote');
    if (!first) return;
    first.scrollIntoView({ behavior: 'smooth', block: 'center' });
    first.classList.remove('flash');
    void first.offsetWidth;
    first.classList.add('flash');
  });
  return card;
}

/**
 * The abstract with the spans the answer quotes (offsets into this very text) marked as quotes, the
 * question's words marked inside and around them.
 */
function quoted(text, quotes, terms) {
  const out = document.createDocumentFragment();
  let last = 0;
  const spans = quotes.filter((q) => q.start >= 0 && q.end <= text.length && q.start < q.end)
    .sort((a, b) => a.start - b.start);
  for (const q of spans) {
    if (q.start < last) continue;
    if (q.start > last) out.append(highlighted(text.slice(last, q.start), terms));
    out.append(h('mark', { class: 'quote', 'data-start': String(q.start), 'data-end': String(q.end),
      title: 'Quoted in the answer' }, highlighted(text.slice(q.start, q.end), terms)));
    last = q.end;
  }
  if (last < text.length) out.append(highlighted(text.slice(last), terms));
  return out;
}

function meta(record) {
  const list = h('dl', { class: 'card-meta' });
  const add = (label, value) => {
    if (value) list.append(h('div', {}, h('dt', {}, label), h('dd', {}, value)));
  };
  add('Authors', names(record.authors || []));
  add('Year', record.year ? String(record.year) : '');
  add('Places', places(record).join(', '));
  add('Category', record.category || '');
  return list;
}

async function showAbstract(record, box, toggle, terms) {
  if (!box.hidden) {
    box.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = 'Show full abstract';
    return;
  }
  toggle.setAttribute('aria-expanded', 'true');
  toggle.textContent = 'Hide full abstract';
  box.hidden = false;
  if (box.dataset.loaded) return;
  let text = record.abstract;
  if (text === undefined) {
    box.replaceChildren(h('p', { class: 'muted' }, 'Loading the abstract…'));
    try {
      const full = await getJson(`/api/publications/${encodeURIComponent(record.id)}`);
      text = full.abstract || '';
      if (full.url) box.dataset.url = full.url;
    } catch (e) {
      box.replaceChildren(h('p', { class: 'error-inline' }, e.message));
      return;
    }
  }
  box.dataset.loaded = 'true';
  box.replaceChildren(h('p', {}, text ? quoted(text, record.quotes || [], terms) : 'This record has no abstract.'));
  const url = record.url || box.dataset.url;
  if (url && /^https?:\/\//i.test(url)) {
    box.append(h('p', {}, h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'Open the report')));
  }
}

export function readingButton(record) {
  const button = h('button', { type: 'button', class: 'chip-button add-reading', 'data-reading': record.id });
  const update = () => {
    const added = state.reading.has(record.id);
    button.setAttribute('aria-pressed', String(added));
    button.textContent = added ? '✓ In reading list' : '+ Reading list';
    button.setAttribute('aria-label', `${added ? 'Remove from' : 'Add to'} reading list: ${record.title}`);
  };
  button.addEventListener('click', () => toggleReading(record));
  on('reading', () => {
    if (button.isConnected) update();
  });
  update();
  return button;
}

function shorten(text) {
  if (text.length <= 280) return text;
  const cut = text.lastIndexOf(' ', 277);
  return `${text.slice(0, cut > 0 ? cut : 277)}…`;
}
