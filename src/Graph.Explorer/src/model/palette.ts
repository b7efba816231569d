import type { EntityKind, ImpactPolarity } from './vocabulary';

// Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/). Twelve kinds share its eight colours, so
// every kind also has its own shape: shape alone tells the kinds apart, colour only helps.
const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
  grey: '#999999',
} as const;

/** Cytoscape node shapes (https://js.cytoscape.org/#style/node-body). */
export type NodeShape =
  | 'ellipse' | 'round-rectangle' | 'triangle' | 'diamond' | 'hexagon' | 'star'
  | 'vee' | 'pentagon' | 'octagon' | 'rectangle' | 'tag' | 'rhomboid';

export interface KindStyle {
  readonly colour: string;
  readonly shape: NodeShape;
}

export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  COMPANY: { colour: OKABE_ITO.blue, shape: 'round-rectangle' },
  ORGANIZATION: { colour: OKABE_ITO.skyBlue, shape: 'rectangle' },
  PERSON: { colour: OKABE_ITO.orange, shape: 'ellipse' },
  PLACE: { colour: OKABE_ITO.green, shape: 'triangle' },
  POLICY: { colour: OKABE_ITO.vermillion, shape: 'diamond' },
  EVENT: { colour: OKABE_ITO.purple, shape: 'star' },
  INDICATOR: { colour: OKABE_ITO.yellow, shape: 'hexagon' },
  PROJECT: { colour: OKABE_ITO.black, shape: 'pentagon' },
  PRODUCT: { colour: OKABE_ITO.grey, shape: 'octagon' },
  INDUSTRY: { colour: OKABE_ITO.green, shape: 'vee' },
  ARTICLE: { colour: OKABE_ITO.grey, shape: 'tag' },
  SOURCE: { colour: OKABE_ITO.skyBlue, shape: 'rhomboid' },
};

export interface PolarityStyle {
  readonly colour: string;
  /** Cytoscape line-style: polarity is told by the line's pattern as well as its colour. */
  readonly line: 'solid' | 'dashed' | 'dotted';
  /** Printed beside the colour: + and − read without colour. */
  readonly sign: string;
}

export const POLARITY_STYLES: Readonly<Record<ImpactPolarity, PolarityStyle>> = {
  POSITIVE: { colour: OKABE_ITO.blue, line: 'solid', sign: '+' },
  NEGATIVE: { colour: OKABE_ITO.vermillion, line: 'dashed', sign: '−' },
  NEUTRAL: { colour: '#6b6b6b', line: 'dotted', sign: '0' },
};

/** A relation's polarity property (`+`, `-` or none) as an impact polarity. */
export function polarityOf(sign: string | null | undefined): ImpactPolarity {
  if (sign === '+') return 'POSITIVE';
  if (sign === '-') return 'NEGATIVE';
  return 'NEUTRAL';
}
