// Article reader enhancements. The page works without this script; it only makes the highlight
// tooltips dismissible with Escape (WCAG 1.4.13) and marks the sentence a source link points to.

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest('.hl-wrap')) {
    active.closest('.hl-wrap')?.classList.add('tip-dismissed');
  }
});

document.addEventListener('focusin', (event) => {
  for (const el of document.querySelectorAll('.tip-dismissed')) {
    if (!el.contains(event.target as Node)) el.classList.remove('tip-dismissed');
  }
});

function markTargetSentence(): void {
  for (const el of document.querySelectorAll('.sentence-target')) el.classList.remove('sentence-target');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const anchor = document.getElementById(id);
  anchor?.parentElement?.classList.add('sentence-target');
}

window.addEventListener('hashchange', markTargetSentence);
markTargetSentence();
