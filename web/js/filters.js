// The filter bar: country, region and category with counts, a year range, and the active filters as
// removable chips. Changing a filter emits 'filters'.

import { clear, h } from './dom.js';
import { emit, state } from './state.js';

const DIMENSIONS = [
  { key: 'countries', facet: 'country', label: 'Country', any: 'Any country' },
  { key: 'regions', facet: 'region', label: 'Region', any: 'Any region' },
  { key: 'categories', facet: 'category', label: 'Category', any: 'Any category' },
];

let root;
let chips;
let selects = {};
let yearFrom;
let yearTo;

export function mountFilters(container, chipContainer) {
  root = container;
  chips = chipContainer;
  for (const d of DIMENSIONS) {
    const id = `filter-${d.facet}`;
    const select = h('select', { id, name: d.facet });
    select.addEventListener('change', () => {
      if (select.value && !state.filters[d.key].includes(select.value)) {
        state.filters[d.key].push(select.value);
        changed();
      }
      select.value = '';
    });
    selects[d.facet] = select;
    root.append(h('div', { class: 'field' }, h('label', { for: id }, d.label), select));
  }
  yearFrom = yearInput('filter-year-from', 'From year', 'yearFrom');
  yearTo = yearInput('filter-year-to', 'To year', 'yearTo');
  root.append(h('fieldset', { class: 'field years' }, h('legend', {}, 'Years'), yearFrom.wrap,
    h('span', { class: 'dash', 'aria-hidden': 'true' }, '–'), yearTo.wrap));
  renderChips();
}

function yearInput(id, label, key) {
  const input = h('input', { id, type: 'number', inputmode: 'numeric', min: '1800', max: '2100', step: '1',
    placeholder: key === 'yearFrom' ? 'from' : 'to' });
  input.addEventListener('change', () => {
    const v = input.value.trim();
    const year = /^\d{4}$/.test(v) ? Number(v) : null;
    if (v && year === null) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    if (state.filters[key] !== year) {
      state.filters[key] = year;
      fixRange(key);
      changed();
    }
  });
  return { input, wrap: h('span', { class: 'year' }, h('label', { for: id, class: 'visually-hidden' }, label), input) };
}

/** A range the wrong way round would be refused by the server: keep it ordered. */
function fixRange(changedKey) {
  const f = state.filters;
  if (f.yearFrom !== null && f.yearTo !== null && f.yearFrom > f.yearTo) {
    if (changedKey === 'yearFrom') f.yearTo = f.yearFrom;
    else f.yearFrom = f.yearTo;
    yearFrom.input.value = String(f.yearFrom);
    yearTo.input.value = String(f.yearTo);
  }
}

/** Fills the selects from facet counts (of the library or of the current matches). */
export function showFacets(facets) {
  for (const d of DIMENSIONS) {
    const select = selects[d.facet];
    const values = Object.entries(facets[d.facet] || {}).filter(([name]) => !state.filters[d.key].includes(name));
    clear(select).append(h('option', { value: '' }, values.length ? d.any : `${d.any} (no other values)`));
    for (const [name, count] of values) select.append(h('option', { value: name }, `${name} (${count})`));
  }
  const years = Object.keys(state.facets.year || {}).map(Number).filter(Boolean);
  if (years.length) {
    const min = String(Math.min(...years));
    const max = String(Math.max(...years));
    for (const { input } of [yearFrom, yearTo]) {
      input.min = min;
      input.max = max;
    }
    yearFrom.input.placeholder = min;
    yearTo.input.placeholder = max;
  }
}

function changed() {
  renderChips();
  emit('filters');
}

function renderChips() {
  clear(chips);
  const f = state.filters;
  const items = [];
  for (const d of DIMENSIONS) {
    for (const value of f[d.key]) {
      items.push(chip(`${d.label}: ${value}`, () => {
        f[d.key] = f[d.key].filter((v) => v !== value);
      }));
    }
  }
  if (f.yearFrom !== null || f.yearTo !== null) {
    const label = f.yearFrom !== null && f.yearTo !== null ? `${f.yearFrom}–${f.yearTo}`
      : f.yearFrom !== null ? `from ${f.yearFrom}` : `until ${f.yearTo}`;
    items.push(chip(`Years: ${label}`, () => {
      f.yearFrom = null;
      f.yearTo = null;
      yearFrom.input.value = '';
      yearTo.input.value = '';
    }));
  }
  chips.hidden = items.length === 0;
  if (!items.length) return;
  chips.append(h('span', { class: 'chips-label' }, 'Filtering by'), ...items);
  if (items.length > 1) {
    chips.append(h('button', { type: 'button', class: 'link-button', on: { click: clearAll } }, 'Clear all'));
  }
}

function chip(label, remove) {
  return h('span', { class: 'filter-chip' }, label,
    h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${label}`,
      on: { click: () => { remove(); changed(); focusFilters(); } } }, '×'));
}

function clearAll() {
  state.filters = { countries: [], regions: [], categories: [], yearFrom: null, yearTo: null };
  yearFrom.input.value = '';
  yearTo.input.value = '';
  changed();
  focusFilters();
}

/** After a chip goes, keep focus somewhere sensible rather than on the removed button. */
function focusFilters() {
  const next = chips.querySelector('.chip-remove') || selects.country;
  next.focus();
}
