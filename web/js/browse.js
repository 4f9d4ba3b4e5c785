// The library browser: the whole collection as a searchable, filterable list; each item opens as a card.

import { getJson, query } from './api.js';
import { showFacets } from './filters.js';
import { $, clear, h, highlighted, names, places, questionTerms } from './dom.js';
import { openCard } from './dialog.js';
import { readingButton } from './cards.js';
import { moreLike } from './similar.js';
import { announce } from './announce.js';
import { filtersQuery, on } from './state.js';
import { showView } from './views.js';

/** Only links to the browse endpoint are followed (an answer's "more" link comes from the server). */
const LIST_PREFIX = '/api/publications?';

let list;
let count;
let more;
let search;
let page = 0;
let generation = 0;
/** The list an answer linked to ({ href, label }) while it is shown instead of the whole library; else null. */
let listed = null;

export function mountBrowse() {
  list = $('#browse-list');
  count = $('#browse-count');
  more = $('#browse-more');
  search = $('#browse-q');
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh(), 250);
  });
  $('#browse-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    refresh();
  });
  more.addEventListener('click', () => load(page + 1, false));
  $('#browse-list-exit').addEventListener('click', () => {
    refresh();
    search.focus();
  });
  on('list', (list) => showList(list));
}

/** Reloads the whole library from the first page (after a filter or search change, or leaving a list). */
export function refresh() {
  setListed(null);
  return load(0, true);
}

/**
 * Shows the reports an answer matched ({ href, question, total }) in the browse view, with a note saying
 * which list this is and a way back to the whole library.
 */
export async function showList(list) {
  if (!list || typeof list.href !== 'string' || !list.href.startsWith(LIST_PREFIX)) return;
  search.value = '';
  setListed({ href: list.href, label: `Showing the ${list.total} reports that matched “${list.question}”.` });
  showView('browse');
  $('#browse-list-label').focus();
  await load(0, true);
}

function setListed(list) {
  listed = list;
  $('#browse-list-note').hidden = !list;
  $('#browse-list-label').textContent = list ? list.label : '';
}

function pageUrl(next, text) {
  if (listed) return `${listed.href}&page=${next}`;
  return `/api/publications${query({ q: text, page: next, ...filtersQuery() })}`;
}

async function load(next, replace) {
  const mine = ++generation;
  const text = search.value.trim();
  list.setAttribute('aria-busy', 'true');
  if (replace) count.textContent = 'Loading…';
  try {
    const result = await getJson(pageUrl(next, text));
    if (mine !== generation) return;
    page = next;
    if (replace) clear(list);
    const terms = questionTerms(text);
    list.append(...result.items.map((p) => item(p, terms)));
    const shown = list.children.length;
    count.textContent = summary(result.total, shown, text);
    more.hidden = shown >= result.total;
    // the filter menus count over the filters alone, not over this search's words or an answer's list
    if (listed) count.textContent = `${count.textContent} · the cited reports first`;
    else if (text) refreshFacets();
    else showFacets(result.facets);
    if (replace && result.total === 0) {
      list.append(h('li', { class: 'empty' }, 'No reports match. Try other words or remove a filter.'));
    }
    if (replace) announce(count.textContent);
  } catch (e) {
    if (mine !== generation) return;
    count.textContent = '';
    clear(list).append(h('li', { class: 'error-box', role: 'alert' }, e.message, ' ',
      h('button', { type: 'button', class: 'button', on: { click: () => load(next, replace) } }, 'Try again')));
  } finally {
    list.removeAttribute('aria-busy');
  }
}

async function refreshFacets() {
  try {
    const all = await getJson(`/api/publications${query(filtersQuery())}`);
    showFacets(all.facets);
  } catch (ignored) {
    // the menus keep their last counts
  }
}

function summary(total, shown, text) {
  const what = total === 1 ? '1 report' : `${total} reports`;
  return `${what}${text ? ` matching “${text}”` : ''}${shown < total ? ` · showing ${shown}` : ''}`;
}

function item(p, terms) {
  const metaParts = [p.year ? String(p.year) : null, names(p.authors || []) || null, places(p).join(', ') || null,
    p.category || null].filter(Boolean);
  const open = h('button', { type: 'button', class: 'browse-title', 'aria-haspopup': 'dialog',
    on: { click: (event) => openCard(p, terms, event.currentTarget) } }, p.title);
  const snippet = (p.abstract || '').length > 220 ? `${p.abstract.slice(0, 217).replace(/\s+\S*$/, '')}…` : p.abstract;
  const similar = moreLike(p);
  return h('li', { class: 'browse-item', 'data-id': p.id },
    h('div', { class: 'browse-top' }, h('h2', { class: 'browse-heading' }, open),
      h('div', { class: 'browse-buttons' }, similar.button, readingButton(p))),
    h('p', { class: 'browse-meta' }, metaParts.join(' · ')),
    snippet ? h('p', { class: 'browse-snippet' }, highlighted(snippet, terms)) : null, similar.box);
}
