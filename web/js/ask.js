// The conversation: the question box, streamed answers with citations and cards, follow-up chips,
// starter questions, errors with a retry, and a new-conversation button.

import { askStream, getJson } from './api.js';
import { renderAnswer } from './answer.js';
import { sourceCard } from './cards.js';
import { $, clear, focusOn, h, questionTerms } from './dom.js';
import { announce } from './announce.js';
import { addReading, emit, filtersBody, state } from './state.js';

const MAX_HISTORY = 20;
let form;
let box;
let thread;
let intro;
let sendButton;
let busy = false;
let current = null;
let turnCount = 0;

export function mountAsk() {
  form = $('#ask-form');
  box = $('#question');
  thread = $('#thread');
  intro = $('#intro');
  sendButton = $('#ask-send');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  box.addEventListener('input', grow);
  $('#new-conversation').addEventListener('click', newConversation);
  loadStarters();
}

/** Asks a question from outside (a card's "ask about this", a starter). */
export function ask(question) {
  box.value = question;
  submit();
}

function submit() {
  const question = box.value.trim();
  if (!question || busy) return;
  box.value = '';
  grow();
  run(question, history(), filtersBody(), null);
}

function history() {
  const turns = [];
  for (const t of state.turns) {
    turns.push({ role: 'user', content: t.question }, { role: 'assistant', content: t.answer });
  }
  return turns.slice(-MAX_HISTORY);
}

async function run(question, past, filters, existing) {
  busy = true;
  sendButton.disabled = true;
  intro.hidden = true;
  const view = existing || turnView(question);
  if (!existing) thread.append(view.root);
  view.reset();
  view.root.scrollIntoView({ behavior: 'smooth', block: 'start' });
  announce('Searching the library…');
  let text = '';
  let sources = [];
  const controller = new AbortController();
  current = controller;
  try {
    await askStream({ question, history: past, filters }, {
      sources: (list) => {
        sources = list;
        view.showSources(list, question);
      },
      delta: (piece) => {
        text += piece.text;
        view.showText(text, sources);
      },
      done: (answer) => {
        if (controller.signal.aborted) return;
        view.finish(answer, question);
        state.turns.push({ question, answer: answer.answer, sources: answer.sources, suggestions: answer.suggestions,
          filters: answer.filters, abstained: answer.abstained });
        emit('turns');
        const count = answer.sources.length;
        announce(`Answer: ${answer.answer} ${count ? `${count} source${count > 1 ? 's' : ''} cited.` : ''}`);
      },
    }, controller.signal);
  } catch (e) {
    if (controller.signal.aborted) return;
    view.fail(e, () => run(question, past, filters, view));
    announce(`Error: ${e.message}`);
  } finally {
    if (current === controller) {
      current = null;
      busy = false;
      sendButton.disabled = false;
    }
  }
}

function turnView(question) {
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
    showSources(list, q) {
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
      if (result.mode === 'llm') {
        actions.append(h('span', { class: 'note' }, 'Written by a language model from the cited reports only.'));
      } else if (result.llmError) {
        actions.append(h('span', { class: 'note' }, 'The language model was unavailable, so this answer quotes the reports directly.'));
      }
      renderSuggestions(suggestions, result.suggestions, n);
    },
    fail(error, retry) {
      status.replaceChildren();
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

function renderCards(grid, list, question, cardId) {
  const terms = questionTerms(question);
  grid.replaceChildren(...list.map((s) => sourceCard(s, { id: cardId(s.n), n: s.n, terms, headingLevel: 4 })));
}

function renderSuggestions(section, list, n) {
  clear(section);
  if (!list || !list.length) return;
  section.hidden = false;
  section.append(h('h3', { class: 'section-label', id: `turn-${n}-related` }, 'Related questions'),
    h('ul', { class: 'chip-list' }, list.map((s) => h('li', {},
      h('button', { type: 'button', class: 'suggestion', on: { click: () => ask(s) } }, s)))));
}

export async function loadStarters() {
  const list = $('#starters');
  try {
    const { starters } = await getJson('/api/starters');
    clear(list).append(...starters.map((s) => h('li', {},
      h('button', { type: 'button', class: 'suggestion starter', on: { click: () => ask(s) } }, s))));
    list.closest('.starters').hidden = starters.length === 0;
  } catch (e) {
    list.closest('.starters').hidden = true;
  }
}

function newConversation() {
  if (current) current.abort();
  current = null;
  busy = false;
  sendButton.disabled = false;
  state.turns = [];
  emit('turns');
  clear(thread);
  intro.hidden = false;
  box.value = '';
  grow();
  announce('New conversation started.');
  focusOn(box);
}

function grow() {
  box.style.height = 'auto';
  box.style.height = `${Math.min(box.scrollHeight, 240)}px`;
}
