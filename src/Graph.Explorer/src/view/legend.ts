import type { I18n } from '../i18n/i18n';
import { ENTITY_KINDS } from '../model/vocabulary';
import { polarityBadge } from './common';
import { h } from './dom';
import { kindIcon } from './icons';

export function legend(i18n: I18n): HTMLElement[] {
  return [
    h('h3', { class: 'visually-hidden' }, i18n.t('legendKinds')),
    h('ul', { class: 'legend-kinds', 'aria-label': i18n.t('legendKinds') },
      ENTITY_KINDS.map((kind) => h('li', {}, kindIcon(kind), ` ${i18n.kind(kind)}`))),
    h('ul', { class: 'legend-polarity', 'aria-label': i18n.t('legendPolarity') },
      (['POSITIVE', 'NEGATIVE', 'NEUTRAL'] as const).map((p) => h('li', {}, polarityBadge(p, i18n)))),
  ];
}
