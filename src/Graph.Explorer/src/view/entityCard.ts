import type { CardRelationEdge, EntityCardAnswer, EntityCardData, PlaceLink } from '../api/types';
import type { I18n } from '../i18n/i18n';
import { RELATION_TYPES } from '../model/vocabulary';
import { entityButton, relationLabel, section } from './common';
import { h } from './dom';
import { evidenceList } from './evidence';
import { figuresView } from './figures';
import { kindIcon } from './icons';

export interface EntityCardActions {
  open(id: string): void;
  draw(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  impact(id: string): void;
  /** Null when every relation is shown. */
  moreRelations: (() => void) | null;
}

/** The card of one entity: what it is, where it lies, what it is linked to, its figures and where it is named. */
export function entityCard(answer: EntityCardAnswer, extraRelations: readonly CardRelationEdge[], i18n: I18n, actions: EntityCardActions): HTMLElement {
  const entity = answer.node;
  if (!entity) return h('p', { class: 'muted' }, i18n.t('notFound'));
  const figures = entity.kind === 'INDICATOR' ? entity.indicatorObservations?.nodes ?? [] : answer.subjectObservations.nodes;
  return h('article', { class: 'entity-card', 'data-entity-id': entity.id, 'aria-labelledby': 'card-title' },
    h('h3', { id: 'card-title', class: 'card-title' }, kindIcon(entity.kind), ' ', entity.name),
    h('dl', { class: 'facts' },
      h('dt', {}, i18n.t('kind')), h('dd', { 'data-field': 'kind' }, i18n.kind(entity.kind)),
      entity.subtype ? [h('dt', {}, i18n.t('subtype')), h('dd', {}, entity.subtype)] : null,
      h('dt', {}, i18n.t('aliases')),
      h('dd', { 'data-field': 'aliases' }, entity.aliases.length > 0 ? entity.aliases.join('、') : i18n.t('noAliases')),
      dates(entity, i18n)),
    actionsRow(entity, i18n, actions),
    placeHierarchy(entity, i18n, actions.open),
    section(i18n.t('relationsHeading'), relations([...entity.relations.edges, ...extraRelations], i18n, actions.open),
      actions.moreRelations ? h('button', { type: 'button', onclick: actions.moreRelations }, i18n.t('moreRelations')) : null),
    section(i18n.t('figuresHeading'), figuresView(figures, entity.kind === 'INDICATOR', i18n),
      answer.subjectObservations.pageInfo.hasNextPage ? h('p', { class: 'muted' }, i18n.t('moreFigures')) : null),
    section(i18n.t('mentionsHeading'),
      entity.mentions.length > 0 ? evidenceList(entity.mentions, i18n) : h('p', { class: 'muted' }, i18n.t('noMentions'))));
}

function dates(entity: EntityCardData, i18n: I18n): (HTMLElement | null)[] | null {
  const from = entity.startDate ?? entity.publishedAt ?? null;
  if (!from) return null;
  const to = entity.endDate && entity.endDate !== from ? ` – ${entity.endDate}` : '';
  return [h('dt', {}, i18n.t('dates')), h('dd', {}, `${from}${to}`)];
}

function actionsRow(entity: EntityCardData, i18n: I18n, actions: EntityCardActions): HTMLElement {
  return h('div', { class: 'card-actions' },
    h('button', { type: 'button', onclick: () => actions.draw(entity.id) }, i18n.t('drawNeighborhood')),
    h('button', { type: 'button', onclick: () => actions.pathFrom(entity.id) }, i18n.t('pathFromHere')),
    h('button', { type: 'button', onclick: () => actions.pathTo(entity.id) }, i18n.t('pathToHere')),
    entity.kind === 'POLICY' ? h('button', { type: 'button', onclick: () => actions.impact(entity.id) }, i18n.t('showImpact')) : null);
}

/** The place itself (for a place) or where it lies, up to the country, nearest first. */
function placeHierarchy(entity: EntityCardData, i18n: I18n, open: (id: string) => void): HTMLElement | null {
  const chain: PlaceLink[] = [];
  let place: PlaceLink | null | undefined = entity.kind === 'PLACE' ? entity.parent : entity.location ?? entity.place;
  while (place) {
    chain.push(place);
    place = place.parent;
  }
  if (chain.length === 0) return null;
  const items = entity.kind === 'PLACE' ? [{ id: entity.id, name: entity.name, subtype: entity.subtype }, ...chain] : chain;
  return section(i18n.t('placeHierarchy'), h('ol', { class: 'place-hierarchy' }, items.map((p) => h('li', {},
    p.id === entity.id ? h('strong', {}, p.name)
      : entityButton({ id: p.id, name: p.name, kind: 'PLACE', subtype: p.subtype }, i18n, open),
    p.subtype ? h('span', { class: 'muted' }, ` (${p.subtype})`) : null))));
}

/** Relations grouped by type, in schema order; each with its direction, the other end and the evidence. */
function relations(edges: readonly CardRelationEdge[], i18n: I18n, open: (id: string) => void): HTMLElement {
  if (edges.length === 0) return h('p', { class: 'muted' }, i18n.t('noRelations'));
  return h('div', { class: 'relation-groups' }, RELATION_TYPES.map((type) => {
    const group = edges.filter((e) => e.node.type === type);
    if (group.length === 0) return null;
    return h('section', { class: 'relation-group', 'data-relation-type': type },
      h('h5', {}, `${i18n.relation(type)} (${group.length})`),
      h('ul', {}, group.map((edge) => h('li', { class: 'relation' },
        h('span', { class: 'direction', title: edge.direction }, edge.direction === 'OUTGOING' ? '→ ' : '← '),
        relationLabel(edge.node, i18n), ' ', entityButton(edge.other, i18n, open),
        h('details', { class: 'relation-evidence' },
          h('summary', {}, i18n.t('evidenceCount', { count: edge.node.evidence.length })),
          evidenceList(edge.node.evidence, i18n))))));
  }));
}
