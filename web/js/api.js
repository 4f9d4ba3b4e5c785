// Talking to the refdesk JSON API. Every failure becomes an ApiError with a message fit to show.

export class ApiError extends Error {
  constructor(status, message, retryable, retryAfter = 0) {
    super(message);
    this.status = status;
    this.retryable = retryable;
    // seconds the server asked us to wait (Retry-After), 0 when it did not say
    this.retryAfter = retryAfter;
  }
}

const TIMEOUT_MS = 60000;

function messageFor(status, serverMessage, retryAfter) {
  if (status === 429) {
    const wait = retryAfter ? ` Please wait about ${retryAfter} seconds,` : ' Please wait a moment,';
    return `Too many questions are being asked right now.${wait} then try again.`;
  }
  if (status === 503) {
    return 'The library is loading or busy at the moment. Please try again in a few seconds.';
  }
  if (status >= 500) return 'Something went wrong on the server. Please try again.';
  return serverMessage || `The request was refused (HTTP ${status}).`;
}

async function failure(res) {
  let serverMessage = '';
  try {
    const body = await res.json();
    serverMessage = typeof body.error === 'string' ? body.error : '';
  } catch (ignored) {
    // not JSON: a proxy or a dead server answered
  }
  const retryable = res.status === 429 || res.status >= 500;
  const retryAfter = res.headers.get('Retry-After');
  const seconds = /^\d+$/.test(retryAfter || '') ? Number(retryAfter) : 0;
  return new ApiError(res.status, messageFor(res.status, serverMessage, retryAfter), retryable, seconds);
}

function offline() {
  return new ApiError(0, 'The reference desk server cannot be reached. Check that it is running, then try again.', true);
}

async function request(url, options = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  if (options.signal) options.signal.addEventListener('abort', () => controller.abort());
  try {
    const res = await fetch(url, { ...options, signal: controller.signal });
    if (!res.ok) throw await failure(res);
    return res;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    if (e.name === 'AbortError' && options.signal && options.signal.aborted) throw e;
    if (e.name === 'AbortError') throw new ApiError(0, 'The server took too long to answer. Please try again.', true);
    throw offline();
  } finally {
    clearTimeout(timer);
  }
}

export async function getJson(url) {
  const res = await request(url, { headers: { Accept: 'application/json' } });
  return res.json();
}

/** A plain-text resource (the citation export). */
export async function getText(url) {
  const res = await request(url, { headers: { Accept: 'text/plain' } });
  return res.text();
}

/** Query string for the browse and export endpoints. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * POSTs a question to /api/ask/stream and calls handlers.sources / delta / done as events arrive.
 * The question travels in the body only. Rejects with ApiError on any failure.
 */
export async function askStream(body, handlers, signal) {
  const res = await request('/api/ask/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  });
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        finished = dispatch(frame, handlers) || finished;
      }
    }
  } catch (e) {
    if (e instanceof ApiError || (e.name === 'AbortError' && signal && signal.aborted)) throw e;
    throw new ApiError(0, 'The connection broke while the answer was arriving. Please try again.', true);
  }
  if (!finished) throw new ApiError(0, 'The answer stopped before it was complete. Please try again.', true);
}

function dispatch(frame, handlers) {
  let event = 'message';
  const data = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (!data.length) return false;
  const payload = JSON.parse(data.join('\n'));
  if (event === 'error') {
    throw new ApiError(payload.status || 500, messageFor(payload.status || 500, payload.error), true);
  }
  if (typeof handlers[event] === 'function') handlers[event](payload);
  return event === 'done';
}
