// Building the page from untrusted text: every string becomes a text node, never markup.

/**
 * Creates an element. attrs: plain attributes (set with setAttribute), plus `class`, `on` (event
 * handlers) and `props` (DOM properties such as hidden). Children: nodes or strings (as text).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'on') {
      for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    } else if (key === 'props') {
      Object.assign(el, value);
    } else if (key === 'class') {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

const STOP = new Set(('a an and are as at be by can do does for from has have how i in is it its me of on or ' +
  'our show tell that the their there these this those to was what when where which who why with about any ' +
  'anything reports report library give list find').split(' '));

/** The words of a question worth highlighting: 3+ letters, not stop words, lower-cased. */
export function questionTerms(question) {
  const words = (question || '').toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || [];
  return [...new Set(words.filter((w) => !STOP.has(w)))];
}

/** Text with the given terms (word starts, any case) wrapped in <mark>, built as text nodes. */
export function highlighted(text, terms) {
  const out = document.createDocumentFragment();
  if (!terms.length) {
    out.append(document.createTextNode(text));
    return out;
  }
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.append(document.createTextNode(text.slice(last, m.index)));
    out.append(h('mark', {}, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.append(document.createTextNode(text.slice(last)));
  return out;
}

/** "A, B and C" */
export function names(list) {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** Countries and regions of a record, without repeating "Worldwide". */
export function places(record) {
  return [...new Set([...(record.countries || []), ...(record.regions || [])])];
}

/** Moves keyboard focus to an element that is not normally focusable (a heading, a card). */
export function focusOn(el) {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}
