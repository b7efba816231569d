import type { SearchResult } from '../api/types';
import type { I18n } from '../i18n/i18n';
import type { GraphNode } from '../model/graphModel';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../model/vocabulary';
import { entityButton } from './common';
import { h } from './dom';
import { kindIcon } from './icons';

export function searchResults(text: string, result: SearchResult, i18n: I18n, open: (id: string) => void): HTMLElement[] {
  if (result.nodes.length === 0) return [h('p', {}, i18n.t('noResults', { text }))];
  const parts: (HTMLElement | null)[] = [
    h('h3', {}, i18n.t('searchResults', { text })),
    h('ul', { class: 'result-list' }, result.nodes.map((entity) => h('li', {},
      entityButton(entity, i18n, open),
      h('span', { class: 'muted' }, ` ${i18n.kind(entity.kind)}`),
      entity.aliases.length > 0 ? h('span', { class: 'muted aliases' }, ` · ${entity.aliases.slice(0, 3).join('、')}`) : null))),
    result.pageInfo.hasNextPage ? h('p', { class: 'muted' }, i18n.t('moreResults')) : null,
  ];
  return parts.filter((e): e is HTMLElement => e !== null);
}

export interface FilterActions {
  toggleKind(kind: EntityKind, shown: boolean): void;
  toggleType(type: RelationType, shown: boolean): void;
}

/** Show or hide each kind and relation type; counts are of what has been fetched for the drawing. */
export function filters(
  hiddenKinds: readonly EntityKind[], hiddenTypes: readonly RelationType[],
  counts: { kinds: Map<EntityKind, number>; types: Map<RelationType, number> }, i18n: I18n, actions: FilterActions,
): HTMLElement[] {
  const box = (id: string, checked: boolean, label: (Node | string)[], onChange: (checked: boolean) => void) => h('li', {},
    h('input', { id, type: 'checkbox', checked, onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked) }),
    h('label', { for: id }, ...label));
  return [
    h('h3', {}, i18n.t('filtersHeading')),
    h('fieldset', {}, h('legend', {}, i18n.t('kindsHeading')), h('ul', { class: 'checks' }, ENTITY_KINDS.map((kind) =>
      box(`show-kind-${kind}`, !hiddenKinds.includes(kind), [kindIcon(kind), ` ${i18n.kind(kind)} (${counts.kinds.get(kind) ?? 0})`],
        (shown) => actions.toggleKind(kind, shown))))),
    h('fieldset', {}, h('legend', {}, i18n.t('relationTypesHeading')), h('ul', { class: 'checks' }, RELATION_TYPES.map((type) =>
      box(`show-type-${type}`, !hiddenTypes.includes(type), [`${i18n.relation(type)} (${counts.types.get(type) ?? 0})`],
        (shown) => actions.toggleType(type, shown))))),
  ];
}

/** Up to this many drawn entities the list starts open; a longer one waits until the reader opens it. */
const NODE_LIST_OPEN_MAX = 60;
/** One collator for every comparison: `localeCompare(x, 'zh')` builds a new one per call, thousands for a big drawing. */
const NAME_ORDER = new Intl.Collator('zh');

/**
 * The drawn entities as a list: the keyboard's and screen reader's way into the drawing. Its items are built when the
 * list is open (at once when it starts open, else on the reader's first opening), so a 500-node drawing does not pay
 * for a thousand buttons nobody has asked to see.
 */
export function nodeList(nodes: readonly GraphNode[], i18n: I18n, open: (id: string) => void, expand: (id: string) => void): HTMLElement {
  const details = h('details', { open: nodes.length > 0 && nodes.length <= NODE_LIST_OPEN_MAX },
    h('summary', {}, i18n.t('nodeListHeading', { count: nodes.length })));
  if (nodes.length === 0) {
    details.append(h('p', { class: 'muted' }, i18n.t('nodeListEmpty')));
    return details;
  }
  const items = () => {
    const sorted = [...nodes].sort((a, b) => a.distance - b.distance || NAME_ORDER.compare(a.entity.name, b.entity.name));
    return h('ul', { class: 'node-list' }, sorted.map((n) => h('li', {},
      entityButton(n.entity, i18n, open),
      h('button', {
        type: 'button', class: 'expand', 'data-entity-id': n.entity.id, 'aria-label': `${i18n.t('expand')} ${n.entity.name}`, onclick: () => expand(n.entity.id),
      }, '+'))));
  };
  if (details.open) details.append(items());
  else details.addEventListener('toggle', () => { if (details.open && !details.querySelector('ul')) details.append(items()); });
  return details;
}
