// Switching between the Ask, Browse and Handout views; the filter bar moves to the view that shows.

import { $ } from './dom.js';
import { emit } from './state.js';

const VIEWS = ['ask', 'browse', 'handout'];

export function mountViews() {
  for (const name of VIEWS) {
    $(`#tab-${name}`).addEventListener('click', () => showView(name, true));
  }
}

export function showView(name, focus = false) {
  for (const v of VIEWS) {
    const active = v === name;
    $(`#view-${v}`).hidden = !active;
    const tab = $(`#tab-${v}`);
    if (active) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  const slot = $(`#view-${name} .filter-slot`);
  if (slot) slot.append($('#filters'));
  emit('view', name);
  if (focus) {
    const target = name === 'ask' ? $('#question') : name === 'browse' ? $('#browse-q') : $('#handout-title');
    if (target) {
      if (!target.matches('input, textarea, button')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }
}
