// Citations in a CSL style, rendered by the server (citeproc-java with the official CSL styles): the
// style choice shared by the reading list and the handout, and "Copy citation" on source cards.

import { getText, query } from './api.js';
import { announce } from './announce.js';
import { h } from './dom.js';
import { emit, on, state } from './state.js';

export const STYLES = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'chicago-author-date', label: 'Chicago (author-date)' },
  { id: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)' },
  { id: 'vancouver', label: 'Vancouver' },
];

/** The export URL of a plain-text bibliography of these ids in the chosen style. */
export function citationUrl(ids, style = state.citationStyle) {
  return `/api/export${query({ ids: ids.join(','), format: 'citation', style })}`;
}

/** The bibliography entries (one per id, in the style's order). Rejects with ApiError. */
export async function citations(ids, style = state.citationStyle) {
  const text = await getText(citationUrl(ids, style));
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** A labelled style select; every select on the page shows the one shared choice. */
export function styleField(id) {
  const select = h('select', { id, class: 'style-select' },
    STYLES.map((s) => h('option', { value: s.id }, s.label)));
  select.value = state.citationStyle;
  select.addEventListener('change', () => {
    state.citationStyle = select.value;
    emit('style');
  });
  on('style', () => {
    if (select.value !== state.citationStyle) select.value = state.citationStyle;
  });
  return h('div', { class: 'field style-field' }, h('label', { for: id }, 'Citation style'), select);
}

/** "Copy citation": the record's citation in the chosen style, put on the clipboard. */
export function copyCitationButton(record) {
  const button = h('button', { type: 'button', class: 'chip-button copy-citation',
    'aria-label': `Copy citation: ${record.title}` }, 'Copy citation');
  button.addEventListener('click', async () => {
    let text;
    try {
      [text] = await citations([record.id]);
    } catch (e) {
      announce(e.message);
      return;
    }
    button.dataset.citation = text;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied ✓';
      announce(`Citation copied: ${text}`);
    } catch (ignored) {
      // no clipboard (permission refused): show the text selected, for Ctrl+C
      showForCopy(button, text);
    }
    setTimeout(() => { button.textContent = 'Copy citation'; }, 2500);
  });
  return button;
}

function showForCopy(button, text) {
  const box = h('textarea', { class: 'citation-copy', readonly: true, rows: '3',
    'aria-label': 'Citation, selected: press Ctrl+C to copy' });
  box.value = text;
  button.after(box);
  box.focus();
  box.select();
  box.addEventListener('blur', () => box.remove());
}
