import type { PolicyImpact } from '../api/types';
import type { I18n } from '../i18n/i18n';
import type { ImpactTreeNode } from '../model/impactTree';
import { entityButton, polarityBadge, relationLabel } from './common';
import { h } from './dom';
import { evidenceList } from './evidence';
import { figuresView } from './figures';

/**
 * A policy's impact chains as a tree: each branch is a link with its relation, polarity and evidence; the entities a
 * chain ends at show the figures reached. Polarity is told by sign, word and line pattern as well as colour.
 */
export function impactPanel(impact: PolicyImpact, tree: ImpactTreeNode, i18n: I18n, open: (id: string) => void): HTMLElement {
  return h('div', { class: 'impact-panel' },
    h('h3', {}, i18n.t('impactHeading', { policy: impact.policy.name })),
    h('p', {}, i18n.t('chainCount', { count: impact.chainCount }),
      impact.policy.startDate ? ` · ${impact.policy.startDate}` : ''),
    impact.truncated ? h('p', { class: 'note' }, i18n.t('impactTruncated')) : null,
    tree.children.length === 0
      ? h('p', { class: 'muted' }, i18n.t('noChains'))
      : h('ul', { class: 'impact-tree' }, h('li', {}, entityButton(impact.policy, i18n, open), branches(tree, i18n, open))));
}

function branches(node: ImpactTreeNode, i18n: I18n, open: (id: string) => void): HTMLUListElement | null {
  if (node.children.length === 0) return null;
  return h('ul', {}, node.children.map((child) => h('li', {
    class: `impact-node polarity-${child.polarity.toLowerCase()}`, 'data-polarity': child.polarity,
  },
  h('div', { class: 'impact-link' },
    polarityBadge(child.polarity, i18n), ' ',
    child.link ? relationLabel(child.link.relation, i18n) : null,
    child.link ? h('span', { class: 'direction' }, child.link.relation.from.id === node.entity.id ? ' → ' : ' ← ') : null,
    entityButton(child.entity, i18n, open),
    child.reached ? h('span', { class: 'muted' }, ` · ${i18n.t('depth', { depth: child.reached.depth })}`) : null),
  child.link ? h('details', { class: 'impact-evidence' },
    h('summary', {}, i18n.t('evidenceCount', { count: child.link.evidence.length })),
    evidenceList(child.link.evidence, i18n)) : null,
  child.reached && child.reached.observations.length > 0
    ? h('div', { class: 'figures-reached' }, h('h5', {}, i18n.t('figuresReached')), figuresView(child.reached.observations, false, i18n))
    : null,
  branches(child, i18n, open))));
}
