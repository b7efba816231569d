import type { Observation } from '../api/types';
import type { I18n } from '../i18n/i18n';
import { h, svg } from './dom';
import { evidenceList } from './evidence';

const CHART_WIDTH = 220;
const CHART_HEIGHT = 90;
const CHART_BAR_COLOUR = '#0072B2';
let chartCount = 0;

interface FigureGroup {
  readonly key: string;
  readonly name: string;
  readonly rows: Observation[];
}

/**
 * Figures as one table and one small chart per group: per indicator on an entity's card, per subject on an indicator's
 * card (an indicator's figures are about many subjects).
 */
export function figuresView(observations: readonly Observation[], bySubject: boolean, i18n: I18n): HTMLElement {
  if (observations.length === 0) return h('p', { class: 'muted' }, i18n.t('noFigures'));
  const groups = new Map<string, FigureGroup>();
  for (const o of observations) {
    const key = bySubject ? o.subject.id : o.indicator.id;
    const name = bySubject ? o.subject.name : o.indicator.name;
    const group = groups.get(key) ?? { key, name, rows: [] };
    group.rows.push(o);
    groups.set(key, group);
  }
  return h('div', { class: 'figures' },
    figuresTable(observations, bySubject, i18n),
    h('div', { class: 'charts' }, [...groups.values()].map((g) => chart(g, i18n))));
}

function figuresTable(observations: readonly Observation[], bySubject: boolean, i18n: I18n): HTMLTableElement {
  const header = [bySubject ? i18n.t('subject') : i18n.t('indicator'), i18n.t('period'), i18n.t('value'), i18n.t('yoy'), i18n.t('evidence')];
  return h('table', { class: 'figures-table' },
    h('thead', {}, h('tr', {}, header.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, observations.map((o) => h('tr', { 'data-observation-id': o.id },
      h('th', { scope: 'row' }, bySubject ? o.subject.name : o.indicator.name),
      h('td', { class: 'period' }, period(o.periodStart, o.periodEnd)),
      h('td', { class: 'number' }, `${i18n.number(o.value)} ${o.unit}`,
        o.isTarget ? h('span', { class: 'target' }, ` (${i18n.t('target')})`) : null,
        o.normalizedValue !== null && o.baseUnit && o.baseUnit !== o.unit
          ? h('span', { class: 'base-value', title: i18n.t('baseValue') }, `${i18n.number(o.normalizedValue)} ${o.baseUnit}`) : null),
      h('td', { class: 'number' }, o.yoyPct === null ? '' : `${o.yoyPct > 0 ? '+' : ''}${i18n.number(o.yoyPct)}`),
      h('td', {}, h('details', {}, h('summary', {}, i18n.t('evidenceCount', { count: o.evidence.length })),
        evidenceList(o.evidence, i18n)))))));
}

/** 2025-01-01 – 2025-03-31 as 2025-01-01 – 03-31: the year once when both ends share it. */
function period(start: string, end: string): string {
  return start.slice(0, 4) === end.slice(0, 4) ? `${start} – ${end.slice(5)}` : `${start} – ${end}`;
}

/**
 * A bar per period, oldest first, in the base unit most of the group's figures use (others would not compare).
 * Targets are hatched rather than filled, so they read apart from outcomes without colour.
 */
function chart(group: FigureGroup, i18n: I18n): HTMLElement {
  const unitOf = (o: Observation) => o.baseUnit ?? o.unit;
  const unitCounts = new Map<string, number>();
  for (const o of group.rows) unitCounts.set(unitOf(o), (unitCounts.get(unitOf(o)) ?? 0) + 1);
  const unit = [...unitCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const points = group.rows.filter((o) => unitOf(o) === unit)
    .map((o) => ({ o, value: o.baseUnit ? o.normalizedValue ?? o.value : o.value }))
    .sort((a, b) => a.o.periodEnd.localeCompare(b.o.periodEnd));
  const max = Math.max(...points.map((p) => Math.abs(p.value)), 1e-9);
  const slot = CHART_WIDTH / points.length;
  const barWidth = Math.max(4, Math.min(40, slot * 0.7));
  const plotHeight = CHART_HEIGHT - 18;
  const hatch = `hatch-${++chartCount}`;
  const label = i18n.t('chartOf', { indicator: group.name, points: points.length });
  const bars = points.map((p, index) => {
    const height = Math.max(1, (Math.abs(p.value) / max) * plotHeight);
    const x = index * slot + (slot - barWidth) / 2;
    return svg('g', {},
      svg('rect', {
        x, y: plotHeight - height, width: barWidth, height,
        fill: p.o.isTarget ? `url(#${hatch})` : CHART_BAR_COLOUR, stroke: CHART_BAR_COLOUR, 'stroke-width': 1.5,
      }, svg('title', {}, `${p.o.periodStart} – ${p.o.periodEnd}: ${i18n.number(p.value)} ${unit}${p.o.isTarget ? ` (${i18n.t('target')})` : ''}`)),
      svg('text', { x: index * slot + slot / 2, y: CHART_HEIGHT - 4, 'text-anchor': 'middle', 'font-size': 9 }, p.o.periodEnd.slice(0, 7)));
  });
  return h('figure', { class: 'chart' },
    svg('svg', { width: CHART_WIDTH, height: CHART_HEIGHT, viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, role: 'img', 'aria-label': label },
      svg('defs', {}, svg('pattern', { id: hatch, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: CHART_BAR_COLOUR, 'stroke-width': 2 }))),
      svg('line', { x1: 0, y1: plotHeight, x2: CHART_WIDTH, y2: plotHeight, stroke: '#555' }),
      ...bars),
    h('figcaption', {}, `${group.name} (${unit})`));
}
