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
    h('span', { class: 'span' }, ` · ${i18n.t('span', { start: m.start, end: m.end })}`),
    h('span', { class: 'document', title: m.document.hash }, ` · ${i18n.t('document')}: ${m.document.title ?? m.document.name}`));
}

function snippet(s: Snippet): HTMLElement {
  return h('q', { class: 'snippet' },
    s.truncatedBefore ? '…' : '', s.before, h('mark', {}, s.match), s.after, s.truncatedAfter ? '…' : '');
}
