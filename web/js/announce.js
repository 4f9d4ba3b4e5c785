// One polite live region for everything screen readers should hear (answers, list changes, errors).

let region;

export function announce(message) {
  region = region || document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // a fresh text node after a tick makes repeated identical messages audible too
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
