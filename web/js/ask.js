// The conversation: the question box, streamed answers with citations and cards, follow-up chips,
// starter questions, errors with a retry, and a new-conversation button.

import { askStream, getJson } from './api.js';
import { $, clear, focusOn, h } from './dom.js';
import { announce } from './announce.js';
import { emit, filtersBody, state } from './state.js';
import { turnView } from './turn.js';

const MAX_HISTORY = 20;
// no sign of an answer after this long means the question is waiting for a free answer slot
const WAIT_NOTICE_MS = 1500;
const MAX_AUTO_WAIT_S = 15;
let form;
let box;
let thread;
let intro;
let sendButton;
let busy = false;
let current = null;

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

/** The conversation so far; each reply carries the ids it cited, so follow-ups resolve against data. */
function history() {
  const turns = [];
  for (const t of state.turns) {
    turns.push({ role: 'user', content: t.question },
      { role: 'assistant', content: t.answer, sources: (t.sources || []).map((s) => s.id) });
  }
  return turns.slice(-MAX_HISTORY);
}

async function run(question, past, filters, existing) {
  busy = true;
  sendButton.disabled = true;
  intro.hidden = true;
  const view = existing || turnView(question, ask);
  if (!existing) thread.append(view.root);
  view.reset();
  view.root.scrollIntoView({ behavior: 'smooth', block: 'start' });
  announce('Searching the library…');
  const controller = new AbortController();
  current = controller;
  try {
    try {
      await attempt(question, past, filters, view, controller);
    } catch (e) {
      // a busy server says when to come back: wait that long (shown as waiting, not as an error), retry once
      if (controller.signal.aborted || e.status !== 503 || !e.retryAfter) throw e;
      const seconds = Math.min(e.retryAfter, MAX_AUTO_WAIT_S);
      view.waiting(`Many questions are being asked at once. Yours is waiting; asking again in ${seconds} s…`);
      announce('The desk is busy. Your question is waiting and will be asked again shortly.');
      await sleep(seconds * 1000, controller.signal);
      if (controller.signal.aborted) return;
      view.reset();
      await attempt(question, past, filters, view, controller);
    }
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

/** One request for the answer, streamed into the view; says the question is waiting if nothing comes soon. */
async function attempt(question, past, filters, view, controller) {
  let text = '';
  let sources = [];
  let started = false;
  const notice = setTimeout(() => {
    if (!started) view.waiting('Many questions are being asked at once. Yours is waiting in line…');
  }, WAIT_NOTICE_MS);
  try {
    await askStream({ question, history: past, filters }, {
      sources: (list) => {
        started = true;
        sources = list;
        view.showSources(list, question);
      },
      delta: (piece) => {
        text += piece.text;
        view.showText(text, sources);
      },
      restart: () => {
        text = '';
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
  } finally {
    started = true;
    clearTimeout(notice);
  }
}

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
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
