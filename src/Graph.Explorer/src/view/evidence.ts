import type { Mention, Snippet } from '../api/types';
import type { I18n } from '../i18n/i18n';
import { h } from './dom';

/**
 * The spans that state a fact: each as its snippet (the span marked in its sentence) where the store keeps the document's
 * text, with the article, date and offsets; where it does not (the bundled sample graph), a note says so.
 */
export function evidenceList(mentions: readonly Mention[], i18n: I18n): HTMLElement {
  if (mentions.length === 0) return h('p', { class: 'muted' }, i18n.t('noEvidence'));
  const missingText = mentions.some((m) => !m.snippet);
  return h('div', { class: 'evidence' },
    h('ul', { class: 'evidence-list' }, mentions.map((m) => evidenceItem(m, i18n))),
    missingText ? h('p', { class: 'note text-missing' }, i18n.t('textNotStored')) : null);
}

function evidenceItem(m: Mention, i18n: I18n): HTMLLIElement {
  const date = m.article.publishedAt ?? m.document.publishedAt;
  return h('li', { class: 'evidence-item', 'data-start': m.start, 'data-length': m.length },
    m.snippet ? snippet(m.snippet) : null,
    h('cite', { class: 'article-title' }, m.article.title),
    date ? h('span', { class: 'date' }, ` · ${date}`) : null,
    h('span', { class: 'span' }, ` · ${i18n.t('span', { start: m.start, end: m.start + m.length })}`),
    h('span', { class: 'document', title: m.document.hash }, ` · ${i18n.t('document')}: ${m.document.title ?? m.document.name}`));
}

/** The marked snippet with the span in a <mark>: the text between ⟦ and ⟧ (the service's markers, U+27E6 and U+27E7). */
function snippet(s: Snippet): HTMLElement {
  const open = s.marked.indexOf('⟦');
  const close = s.marked.lastIndexOf('⟧');
  if (open < 0 || close < open) return h('q', { class: 'snippet' }, s.marked);
  return h('q', { class: 'snippet' },
    s.marked.slice(0, open), h('mark', {}, s.marked.slice(open + 1, close)), s.marked.slice(close + 1));
}
