// One turn of the conversation as it is shown: the question, the streamed answer with its [n] links,
// the source cards, related questions, and errors with a retry.

import { renderAnswer } from './answer.js';
import { announce } from './announce.js';
import { sourceCard } from './cards.js';
import { clear, h, questionTerms } from './dom.js';
import { addReading, emit } from './state.js';

let turnCount = 0;

/**
 * The view of one question and its answer: status, text with citation links, source cards, related
 * questions (asked through onAsk), and an error with a retry.
 */
export function turnView(question, onAsk) {
  const n = ++turnCount;
  const cardId = (i) => `turn-${n}-source-${i}`;
  const title = h('h2', { class: 'turn-question', id: `turn-${n}-q` }, question);
  const status = h('div', { class: 'turn-status' });
  const answer = h('p', { class: 'answer-text' });
  const actions = h('div', { class: 'answer-actions' });
  const applied = h('div', { class: 'applied-filters' });
  const body = h('section', { class: 'answer', 'aria-label': 'Answer' }, h('h3', { class: 'section-label' }, 'Answer'),
    applied, status, answer, actions);
  const grid = h('div', { class: 'source-grid' });
  const sourcesSection = h('section', { class: 'sources', 'aria-labelledby': `turn-${n}-sources`, props: { hidden: true } },
    h('h3', { class: 'section-label', id: `turn-${n}-sources` }, 'Sources'), grid);
  const suggestions = h('section', { class: 'suggestions', 'aria-labelledby': `turn-${n}-related`, props: { hidden: true } });
  const root = h('article', { class: 'turn', 'aria-labelledby': `turn-${n}-q` }, title,
    h('div', { class: 'turn-body' }, h('div', { class: 'turn-main' }, body, suggestions), sourcesSection));

  return {
    root,
    reset() {
      root.classList.remove('failed');
      answer.replaceChildren();
      answer.classList.remove('abstained');
      clear(actions);
      clear(applied);
      suggestions.hidden = true;
      sourcesSection.hidden = true;
      status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Searching the library…');
      body.setAttribute('aria-busy', 'true');
    },
    /** The question is waiting for the server (in its line, or before one retry): a status, not an error. */
    waiting(message) {
      status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ` ${message}`);
      status.classList.add('waiting');
    },
    showSources(list, q) {
      status.classList.remove('waiting');
      renderCards(grid, list, q, cardId);
      sourcesSection.hidden = list.length === 0;
      status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Writing the answer…');
    },
    showText(text, list) {
      renderAnswer(answer, text, list, cardId);
      answer.classList.add('streaming');
    },
    finish(result, q) {
      status.replaceChildren();
      status.classList.remove('waiting');
      body.removeAttribute('aria-busy');
      answer.classList.remove('streaming');
      answer.classList.toggle('abstained', result.abstained);
      renderAnswer(answer, result.answer, result.sources, cardId);
      renderCards(grid, result.sources, q, cardId);
      sourcesSection.hidden = result.sources.length === 0;
      for (const f of result.filters || []) applied.append(h('span', { class: 'applied' }, f));
      if (result.sources.length) {
        actions.append(h('button', { type: 'button', class: 'chip-button', on: {
          click: (event) => {
            addReading(result.sources);
            event.currentTarget.textContent = `✓ Added ${result.sources.length} to reading list`;
            announce(`${result.sources.length} cited reports added to the reading list.`);
          },
        } }, `+ Add all cited (${result.sources.length}) to reading list`));
      }
      if (result.more) actions.append(moreButton(result, q));
      if (result.mode === 'llm') {
        actions.append(h('span', { class: 'note' }, 'Written by a language model from the cited reports only.'));
      } else if (result.llmError) {
        actions.append(h('span', { class: 'note' }, 'The language model was unavailable, so this answer quotes the reports directly.'));
      }
      renderSuggestions(suggestions, result.suggestions, n, onAsk);
    },
    fail(error, retry) {
      status.replaceChildren();
      status.classList.remove('waiting');
      body.removeAttribute('aria-busy');
      root.classList.add('failed');
      const again = h('button', { type: 'button', class: 'button', on: { click: retry } }, 'Try again');
      answer.replaceChildren();
      actions.replaceChildren(h('div', { class: 'error-box', role: 'alert' },
        h('strong', {}, 'The answer could not be loaded. '), error.message, ' ', error.retryable === false ? null : again));
      if (error.retryable !== false) again.focus();
    },
  };
}

/** "And N more": shows every report the answer matched in the browse view, the cited ones first. */
function moreButton(result, question) {
  const total = result.sources.length + result.more.count;
  return h('button', { type: 'button', class: 'chip-button more-link', on: {
    click: () => emit('list', { href: result.more.href, question, total }),
  } }, `And ${result.more.count} more: show all ${total} matching reports`);
}

function renderCards(grid, list, question, cardId) {
  const terms = questionTerms(question);
  grid.replaceChildren(...list.map((s) => sourceCard(s, { id: cardId(s.n), n: s.n, terms, headingLevel: 4 })));
}

function renderSuggestions(section, list, n, onAsk) {
  clear(section);
  if (!list || !list.length) return;
  section.hidden = false;
  section.append(h('h3', { class: 'section-label', id: `turn-${n}-related` }, 'Related questions'),
    h('ul', { class: 'chip-list' }, list.map((s) => h('li', {},
      h('button', { type: 'button', class: 'suggestion', on: { click: () => onAsk(s) } }, s)))));
}
