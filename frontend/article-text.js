// The Arabic face for the article panel, bundled so that shaping and joining never depend on the
// fonts installed where the browser runs. unicode-range keeps it to Arabic text only.
import '@fontsource/noto-naskh-arabic/index.css';
import { announceLink, onLink, rowsOf, isActivation } from './linking.js';

/*
 * The article panel is built by the server (org.kharita.ui.ArticleTextPanel) as plain spans; what
 * happens between the pointer and the spans happens here, delegated from the document so that a
 * panel shown again needs no new listeners:
 *  - hovering or focusing a mention or an event sentence announces its rows (linking.js), and the
 *    spans of whatever rows are announced get the class 'linked';
 *  - Enter or Space on a focused mention or sentence clicks it (the server's TextClickEvent).
 */
const LINKABLE = '.article-body [data-rows]';

function pointed(e) {
  const el = e.target instanceof Element ? e.target.closest(LINKABLE) : null;
  // A mention inside an event sentence: the mention's own rows, not the whole sentence's.
  announceLink(el ? rowsOf(el) : []);
}

document.addEventListener('mouseover', (e) => {
  if (e.target instanceof Element && e.target.closest('.article-body')) pointed(e);
});
document.addEventListener('mouseout', (e) => {
  if (e.target instanceof Element && e.target.closest('.article-body') && !(e.relatedTarget instanceof Element && e.relatedTarget.closest(LINKABLE))) {
    announceLink([]);
  }
});
document.addEventListener('focusin', (e) => {
  if (e.target instanceof Element && e.target.closest(LINKABLE)) pointed(e);
});

document.addEventListener('keydown', (e) => {
  const el = e.target instanceof Element ? e.target : null;
  if (!el || !isActivation(e) || !el.matches('.article-body [tabindex][data-mention], .article-body [tabindex][data-sentence]')) return;
  e.preventDefault();
  el.click();
});

onLink((rows) => {
  document.querySelectorAll('.article-body .linked').forEach((el) => el.classList.remove('linked'));
  if (!rows.size) return;
  document.querySelectorAll(LINKABLE).forEach((el) => {
    if (rowsOf(el).some((r) => rows.has(r))) el.classList.add('linked');
  });
});
