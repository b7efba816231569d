import type { EntityRef, RelationRef } from '../api/types';
import type { I18n } from '../i18n/i18n';
import { POLARITY_STYLES, polarityOf } from '../model/palette';
import { h } from './dom';
import { kindIcon, polarityIcon } from './icons';

/** An entity as a button that opens its card: shape icon, name, and the kind in words for screen readers. */
export function entityButton(entity: EntityRef, i18n: I18n, onOpen: (id: string) => void): HTMLButtonElement {
  return h('button', {
    type: 'button', class: 'entity-link', 'data-entity-id': entity.id, title: i18n.kind(entity.kind),
    onclick: () => onOpen(entity.id),
  }, kindIcon(entity.kind), h('span', { class: 'visually-hidden' }, `${i18n.kind(entity.kind)}: `), entity.name);
}

/** A relation type in words, with the role (WORKS_FOR) or the sign (AFFECTS, + or −) it carries. */
export function relationLabel(relation: RelationRef, i18n: I18n): HTMLSpanElement {
  const role = relation.role ? ` (${relation.role})` : '';
  const polarity = relation.type === 'AFFECTS' && relation.polarity ? polarityOf(relation.polarity) : null;
  return h('span', { class: 'relation-label', 'data-relation-type': relation.type }, i18n.relation(relation.type), role,
    polarity ? h('span', { class: `sign polarity-${polarity.toLowerCase()}`, title: i18n.polarity(polarity) },
      ` ${POLARITY_STYLES[polarity].sign}`) : null);
}

export function polarityBadge(polarity: ReturnType<typeof polarityOf>, i18n: I18n): HTMLSpanElement {
  return h('span', { class: `polarity polarity-${polarity.toLowerCase()}`, 'data-polarity': polarity },
    polarityIcon(polarity), `${POLARITY_STYLES[polarity].sign} ${i18n.polarity(polarity)}`);
}

export function section(title: string, ...content: (Node | string | null | false)[]): HTMLElement {
  return h('section', { class: 'card-section' }, h('h4', {}, title), ...content);
}
