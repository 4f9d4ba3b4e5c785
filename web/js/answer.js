// Answer text with its [n] markers turned into links to the source cards.

import { h } from './dom.js';

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

/**
 * Renders answer text into `target`: plain text nodes, and for each [n] a link to the card whose id
 * cardId(n) gives (only when that card exists among `sources`).
 */
export function renderAnswer(target, text, sources, cardId) {
  const known = new Map(sources.map((s) => [s.n, s]));
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const group = h('span', { class: 'cites' });
    for (const raw of m[1].split(',')) {
      const n = Number(raw.trim());
      const source = known.get(n);
      group.append(source ? citeLink(n, source, cardId(n)) : h('span', { class: 'cite cite-missing' }, String(n)));
    }
    parts.push(group);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  target.replaceChildren(...parts);
}

function citeLink(n, source, id) {
  const link = h('a', { class: 'cite', href: `#${id}`, 'aria-label': `Source ${n}: ${source.title}`, title: source.title },
    String(n));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const card = document.getElementById(id);
    if (!card) return;
    card.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    card.classList.remove('flash');
    void card.offsetWidth;
    card.classList.add('flash');
    if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
    card.focus({ preventScroll: true });
    if (source.quotes && source.quotes.length) card.dispatchEvent(new CustomEvent('refdesk:quote'));
  });
  return link;
}

/** The answer as plain text with its markers kept, for the handout and the history. */
export function plainAnswer(text) {
  return text.replace(/\s+/g, ' ').trim();
}
