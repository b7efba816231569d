import type cytoscape from 'cytoscape';
import { KIND_STYLES, POLARITY_STYLES } from '../model/palette';
import { ENTITY_KINDS } from '../model/vocabulary';

const EDGE_COLOUR = '#8a8a8a';

/** The CJK fonts first: Debian's fonts-wqy-microhei, then the common desktop ones. */
export const FONT_FAMILY = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const NODE_FONT_SIZE = 11;
/** Text smaller than this on screen is not drawn (https://js.cytoscape.org/#style/labels, min-zoomed-font-size). */
const NODE_MIN_ZOOMED_FONT_SIZE = 7;
/** The zoom from which node names are drawn. */
export const NODE_LABEL_MIN_ZOOM = NODE_MIN_ZOOMED_FONT_SIZE / NODE_FONT_SIZE;

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
      },
    },
    // Names are drawn from NODE_LABEL_MIN_ZOOM on (below, Cytoscape would skip text this small anyway); the canvas gives
    // nodes this class only where names can show, so a big drawing seen whole neither styles nor measures 500 names.
    {
      selector: 'node.labelled',
      style: {
        'label': 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': NODE_FONT_SIZE,
        'color': '#111111',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': NODE_MIN_ZOOMED_FONT_SIZE,
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
    // Edges carry only what every drawing draws; a small drawing's edges (class `few`) add curves, arrows at the
    // target and labels, a big one's (class `many`) are read by their shape: straight lines centre to centre with the
    // arrow at the middle ("haystack", https://js.cytoscape.org/#style/haystack-edges). Cytoscape applies every
    // property of every matching rule to every element, so label properties nobody sees would still cost their share.
    {
      selector: 'edge',
      style: {
        'width': 1.5,
        'line-color': EDGE_COLOUR,
      },
    },
    {
      selector: 'edge.few',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': EDGE_COLOUR,
        'arrow-scale': 0.8,
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
    // Cytoscape's defaults already make this edge a haystack of radius 0: saying so again would be two more properties
    // applied to each of hundreds of edges.
    {
      selector: 'edge.many',
      style: {
        'mid-target-arrow-shape': 'triangle',
        'mid-target-arrow-color': EDGE_COLOUR,
        'arrow-scale': 0.6,
      },
    },
    ...(['POSITIVE', 'NEGATIVE'] as const).map((polarity) => ({
      selector: `edge.polarity-${polarity}`,
      style: {
        'width': 2.5,
        'line-color': POLARITY_STYLES[polarity].colour,
        'target-arrow-color': POLARITY_STYLES[polarity].colour,
        'mid-target-arrow-color': POLARITY_STYLES[polarity].colour,
        'line-style': POLARITY_STYLES[polarity].line,
      },
    })),
    { selector: 'edge.highlight', style: { 'width': 4, 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 3 } },
    { selector: 'node.highlight', style: { 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 6 } },
  ] as cytoscape.StylesheetJson;
}
