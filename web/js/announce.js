// One polite live region for everything screen readers should hear (answers, list changes, errors).

let region;
let pending;

export function announce(message) {
  region = region || document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // a fresh text node after a tick makes repeated identical messages audible too; a newer message
  // replaces one still waiting, so a stale "Searching…" never lands after the answer or the error
  clearTimeout(pending);
  pending = setTimeout(() => {
    region.textContent = message;
  }, 50);
}
