// Article reader enhancements. The page works without this script; it only makes the highlight
// tooltips dismissible with Escape (WCAG 1.4.13) and paints the sentence a source link points to.

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

/** Name of the CSS highlight that paints the sentence a source link points to. */
const SENTENCE_HIGHLIGHT = 'chronicle-sentence';

/**
 * The sentence a link points to (`#s-<offset>`) is painted from its anchor to the next sentence's
 * anchor (or its paragraph's end), not the whole paragraph; the stylesheet's scroll margin keeps
 * room above it. Browsers without the CSS Highlight API tint the paragraph instead.
 */
function markTargetSentence(): void {
  for (const el of document.querySelectorAll('.sentence-target')) el.classList.remove('sentence-target');
  CSS.highlights?.delete(SENTENCE_HIGHLIGHT);
  const id = decodeURIComponent(location.hash.slice(1));
  const anchor = id ? document.getElementById(id) : null;
  const paragraph = anchor?.parentElement;
  if (!anchor?.classList.contains('sentence-anchor') || !paragraph) return;
  const anchors = [...paragraph.querySelectorAll('.sentence-anchor')];
  const next = anchors[anchors.indexOf(anchor) + 1];
  if (typeof Highlight === 'undefined' || !CSS.highlights) {
    paragraph.classList.add('sentence-target');
    return;
  }
  const range = document.createRange();
  range.setStartAfter(anchor);
  if (next) range.setEndBefore(next);
  else range.setEnd(paragraph, paragraph.childNodes.length);
  CSS.highlights.set(SENTENCE_HIGHLIGHT, new Highlight(range));
}

window.addEventListener('hashchange', markTargetSentence);
markTargetSentence();
