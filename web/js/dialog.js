// A report opened from the browser: its card in a modal dialog (Esc or the close button closes it).

import { sourceCard } from './cards.js';
import { $, h } from './dom.js';
import { ask } from './ask.js';
import { showView } from './views.js';

let returnFocus = null;

export function mountDialog() {
  const dialog = $('#card-dialog');
  dialog.addEventListener('close', () => {
    if (returnFocus && returnFocus.isConnected) returnFocus.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  $('#card-dialog-close').addEventListener('click', () => dialog.close());
}

export function openCard(publication, terms, opener) {
  const dialog = $('#card-dialog');
  returnFocus = opener;
  const card = sourceCard(publication, { terms, abstractOpen: true, headingLevel: 2 });
  card.classList.add('card-large');
  const askAbout = h('button', { type: 'button', class: 'button', on: {
    click: () => {
      dialog.close();
      showView('ask');
      ask(`What does “${publication.title}” cover?`);
    },
  } }, 'Ask about this report');
  card.querySelector('.card-buttons').append(askAbout);
  $('#card-dialog-body').replaceChildren(card);
  dialog.setAttribute('aria-labelledby', card.querySelector('.card-title').id);
  dialog.showModal();
  $('#card-dialog-close').focus();
}
