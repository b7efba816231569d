import type { ConnectionExplanation, EntityRef, Path, PathSet, SharedNeighbor } from '../api/types';
import type { I18n } from '../i18n/i18n';
import { MAX_PATH_LENGTH } from '../state/explorerState';
import { entityButton, relationLabel, section } from './common';
import { h } from './dom';
import { evidenceList } from './evidence';

export interface PathViewModel {
  readonly from: EntityRef | null;
  readonly to: EntityRef | null;
  readonly maxLength: number;
  readonly mentions: boolean;
  readonly result: PathSet | null;
  readonly connection: ConnectionExplanation | null;
}

export interface PathActions {
  open(id: string): void;
  find(): void;
  swap(): void;
  setMaxLength(value: number): void;
  setMentions(value: boolean): void;
}

/** Paths between two entities, each link with the spans that state it; when none, how the two are linked otherwise. */
export function pathPanel(model: PathViewModel, i18n: I18n, actions: PathActions): HTMLElement {
  const endpoint = (label: string, entity: EntityRef | null, button: 'pathFromHere' | 'pathToHere') => h('div', { class: 'endpoint' },
    h('span', { class: 'endpoint-label' }, `${label}: `),
    entity ? entityButton(entity, i18n, actions.open) : h('span', { class: 'muted' }, i18n.t('pathUnset', { button: i18n.t(button) })));
  const lengths = Array.from({ length: MAX_PATH_LENGTH }, (_, i) => i + 1);
  return h('div', { class: 'path-panel' },
    h('h3', {}, i18n.t('pathHeading')),
    endpoint(i18n.t('pathFrom'), model.from, 'pathFromHere'),
    endpoint(i18n.t('pathTo'), model.to, 'pathToHere'),
    h('div', { class: 'row' },
      h('label', { for: 'path-max-length' }, i18n.t('maxLength')),
      h('select', {
        id: 'path-max-length', onchange: (e: Event) => actions.setMaxLength(Number((e.target as HTMLSelectElement).value)),
      }, lengths.map((n) => h('option', { value: n, selected: n === model.maxLength }, String(n)))),
      h('span', {}, i18n.t('links'))),
    h('div', { class: 'row' },
      h('input', {
        id: 'path-mentions', type: 'checkbox', checked: model.mentions,
        onchange: (e: Event) => actions.setMentions((e.target as HTMLInputElement).checked),
      }),
      h('label', { for: 'path-mentions' }, i18n.t('includeMentions'))),
    h('div', { class: 'row buttons' },
      h('button', { type: 'button', id: 'find-paths', disabled: !model.from || !model.to, onclick: () => actions.find() }, i18n.t('findPaths')),
      h('button', { type: 'button', disabled: !model.from || !model.to, onclick: () => actions.swap() }, i18n.t('swap'))),
    model.result ? results(model, i18n, actions.open) : null);
}

function results(model: PathViewModel, i18n: I18n, open: (id: string) => void): HTMLElement {
  const result = model.result!;
  return h('div', { class: 'path-results', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, i18n.t(model.mentions ? 'withMentions' : 'semanticOnly')),
    result.truncated ? h('p', { class: 'note' }, i18n.t('pathsTruncated')) : null,
    result.paths.length === 0
      ? [h('p', { class: 'no-path' }, i18n.t('noPath', { max: model.maxLength })), model.connection ? connection(model.connection, i18n, open) : null]
      : h('ol', { class: 'paths' }, result.paths.map((path, index) => pathItem(path, index, i18n, open))));
}

function pathItem(path: Path, index: number, i18n: I18n, open: (id: string) => void): HTMLLIElement {
  return h('li', { class: 'path' },
    h('h4', {}, i18n.t('pathLabel', { index: index + 1, length: path.length })),
    h('ol', { class: 'hops' }, path.edges.map((edge, i) => {
      const left = path.nodes[i]!;
      const right = path.nodes[i + 1]!;
      const forward = edge.from.id === left.id;
      return h('li', { class: 'hop' },
        h('div', { class: 'hop-line' },
          entityButton(left, i18n, open),
          h('span', { class: 'direction' }, forward ? ' → ' : ' ← '),
          relationLabel(edge, i18n),
          h('span', { class: 'direction' }, forward ? ' → ' : ' ← '),
          entityButton(right, i18n, open)),
        h('div', { class: 'hop-evidence', 'aria-label': i18n.t('hop', { index: i + 1 }) }, evidenceList(edge.evidence, i18n)));
    })));
}

function connection(explanation: ConnectionExplanation, i18n: I18n, open: (id: string) => void): HTMLElement {
  const shared = (title: string, list: readonly SharedNeighbor[]) => section(`${title} (${list.length})`,
    list.length === 0 ? h('p', { class: 'muted' }, i18n.t('none')) : h('ul', {}, list.map((s) => h('li', {},
      entityButton(s.entity, i18n, open), ' · ', relationLabel(s.viaA, i18n), ' / ', relationLabel(s.viaB, i18n)))));
  return h('div', { class: 'connection' },
    h('h4', {}, i18n.t('connectionHeading')),
    section(`${i18n.t('direct')} (${explanation.direct.length})`, explanation.direct.length === 0
      ? h('p', { class: 'muted' }, i18n.t('none'))
      : h('ul', {}, explanation.direct.map((r) => h('li', {}, relationLabel(r, i18n), evidenceList(r.evidence, i18n))))),
    shared(i18n.t('sharedNeighbors'), explanation.sharedNeighbors),
    shared(i18n.t('sharedEvents'), explanation.sharedEvents),
    shared(i18n.t('sharedArticles'), explanation.sharedArticles),
    section(`${i18n.t('coMentioned')} (${explanation.coMentioned.length})`, explanation.coMentioned.length === 0
      ? h('p', { class: 'muted' }, i18n.t('none'))
      : h('ul', {}, explanation.coMentioned.map((m) => h('li', { class: 'co-mention' },
        entityButton(m.entity, i18n, open), ' · ', h('cite', {}, m.articleWithA.title), ' / ', h('cite', {}, m.articleWithB.title))))));
}
