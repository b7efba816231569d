import type { NodeShape } from '../model/palette';
import { KIND_STYLES, POLARITY_STYLES } from '../model/palette';
import type { EntityKind, ImpactPolarity } from '../model/vocabulary';
import { svg } from './dom';

// The node shapes of the drawing as 14×14 SVG polygons, so lists and the legend show the same shape as the canvas.
const POINTS: Readonly<Record<NodeShape, string>> = {
  'ellipse': '',
  'round-rectangle': '',
  'rectangle': '1,2 13,2 13,12 1,12',
  'triangle': '7,1 13,13 1,13',
  'diamond': '7,1 13,7 7,13 1,7',
  'hexagon': '4,1 10,1 13,7 10,13 4,13 1,7',
  'star': '7,1 8.8,5.2 13,5.4 9.7,8.2 10.7,13 7,10.4 3.3,13 4.3,8.2 1,5.4 5.2,5.2',
  'vee': '1,1 7,5 13,1 7,13',
  'pentagon': '7,1 13,5.5 10.7,13 3.3,13 1,5.5',
  'octagon': '4.5,1 9.5,1 13,4.5 13,9.5 9.5,13 4.5,13 1,9.5 1,4.5',
  'tag': '1,2 10,2 13,7 10,12 1,12',
  'rhomboid': '4,2 13,2 10,12 1,12',
};

/** The kind's shape in its colour; decorative, since the kind's name is always written beside it. */
export function kindIcon(kind: EntityKind): SVGSVGElement {
  const { colour, shape } = KIND_STYLES[kind];
  const paint = { fill: colour, stroke: '#222', 'stroke-width': 1 };
  const body = shape === 'ellipse'
    ? svg('circle', { cx: 7, cy: 7, r: 6, ...paint })
    : shape === 'round-rectangle'
      ? svg('rect', { x: 1, y: 2, width: 12, height: 10, rx: 3, ...paint })
      : svg('polygon', { points: POINTS[shape], ...paint });
  return svg('svg', { class: 'icon', width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' }, body);
}

/** A short line in the polarity's colour and pattern; decorative, the sign and name are written beside it. */
export function polarityIcon(polarity: ImpactPolarity): SVGSVGElement {
  const { colour, line } = POLARITY_STYLES[polarity];
  const dash = line === 'dashed' ? '6 3' : line === 'dotted' ? '1.5 3' : 'none';
  return svg('svg', { class: 'icon line', width: 28, height: 10, viewBox: '0 0 28 10', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: 1, y1: 5, x2: 27, y2: 5, stroke: colour, 'stroke-width': 3, 'stroke-dasharray': dash, 'stroke-linecap': 'round' }));
}
