// Entry point: wires the views together once the page has loaded.

import { getJson } from './api.js';
import { loadStarters, mountAsk } from './ask.js';
import { mountBrowse, refresh } from './browse.js';
import { mountDialog } from './dialog.js';
import { $ } from './dom.js';
import { mountFilters, showFacets } from './filters.js';
import { mountHandout } from './handout.js';
import { mountReading } from './reading.js';
import { on, state } from './state.js';
import { mountViews, showView } from './views.js';

async function start() {
  mountViews();
  mountFilters($('#filter-controls'), $('#filter-chips'));
  mountAsk();
  mountBrowse();
  mountDialog();
  mountReading();
  mountHandout();
  $('#filters-toggle').addEventListener('click', (event) => {
    const panel = $('#filter-controls');
    panel.hidden = !panel.hidden;
    event.currentTarget.setAttribute('aria-expanded', String(!panel.hidden));
  });
  on('filters', () => refresh());
  $('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    showView('ask', true);
  });
  showView('ask');
  document.documentElement.classList.add('ready');
  await whenReady();
  await loadFacets();
  refresh();
}

/** While the server is still loading its library, say so and check again every two seconds. */
async function whenReady() {
  const banner = $('#loading-banner');
  for (;;) {
    let ready = false;
    try {
      const res = await fetch('/health/ready', { headers: { Accept: 'application/json' } });
      ready = res.ok;
      if (ready) showPrivacy(await res.json().catch(() => null));
    } catch (e) {
      ready = false;
    }
    if (ready) break;
    banner.hidden = false;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  if (!banner.hidden) {
    banner.hidden = true;
    loadStarters();
  }
}

/** With the gap report on, the footer says what is kept: counts of unanswered topics, never questions. */
function showPrivacy(health) {
  if (!health || health.gapReport !== true) return;
  $('#privacy-note').textContent = 'refdesk answers only from the reports in this library. To guide acquisitions, '
    + 'unanswered topics are counted (no questions are stored). Close the tab to forget the session.';
}

async function loadFacets() {
  try {
    const page = await getJson('/api/publications');
    state.facets = page.facets;
    $('#library-size').textContent = ` · ${page.total} report${page.total === 1 ? '' : 's'}`;
    showFacets(page.facets);
  } catch (e) {
    $('#library-size').textContent = '';
  }
}

start();
