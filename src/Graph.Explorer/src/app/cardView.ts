import { ENTITY_CARD_QUERY } from '../api/queries';
import type { CardRelationEdge, EntityCardAnswer, Statistics } from '../api/types';
import { SEMANTIC_RELATION_TYPES } from '../model/vocabulary';
import { h, replaceChildren } from '../view/dom';
import { entityCard, type EntityCardActions } from '../view/entityCard';
import type { ExplorerContext } from './context';

interface CardData {
  readonly answer: EntityCardAnswer;
  /** Relations of later pages (More relations). */
  readonly extra: CardRelationEdge[];
  cursor: string | null;
}

/** The card of the focused entity; the graph's counts while none is open. */
export class CardView {
  private card: CardData | null = null;
  private requests = 0;
  statistics: Statistics | null = null;

  constructor(private readonly context: ExplorerContext, private readonly actions: Omit<EntityCardActions, 'open' | 'moreRelations'>) {}

  get loaded(): boolean {
    return this.card !== null;
  }

  reset(): void {
    this.card = null;
  }

  async load(after: string | null = null): Promise<void> {
    const id = this.context.state().focus;
    if (!id) return;
    const { page, i18n, known } = this.context;
    if (!after) replaceChildren(page.view('entity'), h('p', { class: 'muted' }, i18n.t('loading')));
    // An article's links are what it mentions; every other entity's card lists the semantic relations.
    const types = known.get(id)?.kind === 'ARTICLE' ? null : SEMANTIC_RELATION_TYPES;
    const request = ++this.requests;
    const data = await this.context.ask<EntityCardAnswer>('card', ENTITY_CARD_QUERY, { id, relationTypes: types, after });
    if (!data) {
      // Failed (the error is shown): put back what was there instead of "Loading…". Overtaken: the newer load renders.
      if (request === this.requests) this.render();
      return;
    }
    if (data.node) this.context.remember(data.node, ...data.node.relations.edges.map((e) => e.other));
    const relations = data.node?.relations.pageInfo;
    const cursor = relations?.hasNextPage ? relations.endCursor : null;
    if (after && this.card) {
      this.card.extra.push(...(data.node?.relations.edges ?? []));
      this.card.cursor = cursor;
    } else {
      this.card = { answer: data, extra: [], cursor };
    }
    this.render();
  }

  render(): void {
    const { page, i18n } = this.context;
    const target = page.view('entity');
    const focus = this.context.state().focus;
    if (!this.card || !focus || (this.card.answer.node && this.card.answer.node.id !== focus)) {
      const s = this.statistics;
      return replaceChildren(target,
        s ? h('p', { class: 'welcome' }, i18n.t('welcome', { ...s })) : null,
        h('p', { class: 'muted' }, i18n.t('cardEmpty')));
    }
    const cursor = this.card.cursor;
    replaceChildren(target, entityCard(this.card.answer, this.card.extra, i18n, {
      ...this.actions,
      open: (id) => this.context.open(id),
      moreRelations: cursor ? () => void this.load(cursor) : null,
    }));
  }
}
