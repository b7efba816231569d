import type cytoscape from 'cytoscape';
import { KIND_STYLES, POLARITY_STYLES } from '../model/palette';
import { ENTITY_KINDS } from '../model/vocabulary';

/** The CJK fonts first: Debian's fonts-wqy-microhei, then the common desktop ones. */
export const FONT_FAMILY = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The drawing's stylesheet (https://js.cytoscape.org/#style): kinds by shape and colour, polarity by pattern and colour. */
export function canvasStyle(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'border-width': 1,
        'border-color': '#222222',
        'width': 22,
        'height': 22,
        'label': 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 11,
        'color': '#111111',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
      },
    },
    // One class per kind rather than data mappers: elements of a kind share one cached style, which keeps adding
    // hundreds of entities cheap.
    ...ENTITY_KINDS.map((kind) => ({
      selector: `node.kind-${kind}`,
      style: { 'shape': KIND_STYLES[kind].shape, 'background-color': KIND_STYLES[kind].colour },
    })),
    { selector: 'node.seed', style: { 'border-width': 3, 'width': 28, 'height': 28 } },
    { selector: 'node.focus', style: { 'underlay-color': '#000000', 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
    {
      selector: 'edge',
      style: {
        'width': 1.5,
        'line-color': '#8a8a8a',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#8a8a8a',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'label': 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 9,
        'color': '#333333',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 8,
      },
    },
    ...(['POSITIVE', 'NEGATIVE'] as const).map((polarity) => ({
      selector: `edge[polarity = "${polarity}"]`,
      style: {
        'width': 2.5,
        'line-color': POLARITY_STYLES[polarity].colour,
        'target-arrow-color': POLARITY_STYLES[polarity].colour,
        'line-style': POLARITY_STYLES[polarity].line,
      },
    })),
    { selector: 'edge.many', style: { 'label': '', 'curve-style': 'straight', 'arrow-scale': 0.6 } },
    { selector: 'edge.highlight', style: { 'width': 4, 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 3 } },
    { selector: 'node.highlight', style: { 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 6 } },
  ] as cytoscape.StylesheetJson;
}
