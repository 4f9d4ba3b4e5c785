// "More like this": the reports nearest to one report (GET /api/publications/{id}/similar), listed under
// its card or browse item; each opens as a card.

import { getJson } from './api.js';
import { announce } from './announce.js';
import { openCard } from './dialog.js';
import { h } from './dom.js';

let listCount = 0;

/** The "More like this" button of a record, and the box (placed by the caller) its list appears in. */
export function moreLike(record) {
  const boxId = `similar-${++listCount}`;
  const box = h('section', { class: 'similar', id: boxId, 'aria-label': `Reports like ${record.title}`,
    props: { hidden: true } });
  const button = h('button', { type: 'button', class: 'chip-button more-like', 'aria-expanded': 'false',
    'aria-controls': boxId, 'aria-label': `More like this: ${record.title}` }, 'More like this');
  button.addEventListener('click', () => toggle(record, box, button));
  return { button, box };
}

async function toggle(record, box, button) {
  if (!box.hidden) {
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  box.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  if (box.dataset.loaded) return;
  box.replaceChildren(h('p', { class: 'muted' }, 'Finding similar reports…'));
  let result;
  try {
    result = await getJson(`/api/publications/${encodeURIComponent(record.id)}/similar?k=5`);
  } catch (e) {
    box.replaceChildren(h('p', { class: 'error-inline' }, e.message));
    return;
  }
  box.dataset.loaded = 'true';
  if (!result.items.length) {
    box.replaceChildren(h('p', { class: 'muted' }, 'No other report is like this one.'));
    return;
  }
  box.replaceChildren(h('p', { class: 'section-label' }, 'More like this'),
    h('ol', { class: 'similar-list' }, result.items.map((item) => similarItem(item))));
  announce(`${result.items.length} similar reports listed.`);
}

function similarItem(item) {
  const p = item.publication;
  const open = h('button', { type: 'button', class: 'link-button similar-title', 'data-id': p.id,
    'aria-haspopup': 'dialog', on: { click: (event) => openCard(p, [], event.currentTarget) } }, p.title);
  const meta = [p.year ? String(p.year) : null, item.shared.length ? `shares ${item.shared.join(', ')}` : null]
    .filter(Boolean).join(' · ');
  return h('li', {}, open, meta ? h('span', { class: 'similar-meta' }, ` ${meta}`) : null);
}
