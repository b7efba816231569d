import cytoscape from 'cytoscape';
import type { RelationRef } from '../api/types';
import type { I18n } from '../i18n/i18n';
import type { GraphNode, VisibleGraph } from '../model/graphModel';
import { polarityOf } from '../model/palette';
import type { LayoutName } from '../state/explorerState';
import { canvasStyle, NODE_LABEL_MIN_ZOOM } from './canvasStyle';
import { ringPositions } from './rings';

/** Below this many drawn entities the automatic layout is force-directed; above, rings by distance (linear time). */
const FORCE_LAYOUT_MAX_NODES = 150;
const LABEL_MAX_CHARS = 14;
const PAN_STEP = 60;
/** A handful of entities would be blown up to fill the view; keep them at a readable size. */
const COMFORTABLE_ZOOM = 1.5;
/** Room around the drawing for the labels under the nodes: half a long label across, one line down. */
const FIT_PADDING_X = 85;
const FIT_PADDING_Y = 40;
/** Half the largest node (a seed, 28 across; canvasStyle). */
const NODE_HALF_SIZE = 14;

export interface Emphasis {
  readonly seeds: ReadonlySet<string>;
  readonly focus: string | null;
  readonly highlighted: ReadonlySet<string>;
  /** The entity a tree layout grows from (a policy's impact), when there is one. */
  readonly root: string | null;
}

function shortLabel(name: string): string {
  return name.length > LABEL_MAX_CHARS ? `${name.slice(0, LABEL_MAX_CHARS - 1)}…` : name;
}

/** The graph drawing: Cytoscape.js kept in step with the visible part of the model. */
export class GraphCanvas {
  private readonly cy: cytoscape.Core;
  private many = false;
  /** Whether the nodes carry their names (class `labelled`): always in a small drawing, in a big one once zoomed in. */
  private labelled = true;

  constructor(private readonly container: HTMLElement, private readonly i18n: I18n, onActivate: (id: string) => void) {
    this.cy = cytoscape({
      container,
      style: canvasStyle(),
      // A ring of 500 entities is several thousand pixels across.
      minZoom: 0.02,
      maxZoom: 4,
      // Big drawings stay responsive while panning: edges and labels come back when the view rests.
      hideEdgesOnViewport: false,
      textureOnViewport: true,
    });
    this.cy.on('tap', 'node', (event) => onActivate((event.target as cytoscape.NodeSingular).id()));
    this.cy.on('zoom', () => this.syncLabels());
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  get edgeCount(): number {
    return this.cy.edges().length;
  }

  /**
   * Shows exactly the visible graph; lays it out again when entities came or went. Resolves once the frame is drawn.
   * A big drawing's rings are computed from the model before anything is added, so its entities arrive at their places
   * in one batch and the view is fitted from those positions: no layout run, no style or label measured before the
   * first frame, which then styles and paints everything once.
   */
  async render(graph: VisibleGraph, emphasis: Emphasis, layout: LayoutName): Promise<void> {
    const wanted = new Set<string>([...graph.nodes.map((n) => n.entity.id), ...graph.edges.map((e) => e.id)]);
    const many = graph.nodes.length > FORCE_LAYOUT_MAX_NODES;
    const stale = this.cy.elements().filter((element) => !wanted.has(element.id()));
    const freshNodes = graph.nodes.filter((n) => this.cy.getElementById(n.entity.id).empty());
    const changed = stale.nodes().nonempty() || freshNodes.length > 0;
    const chosen = this.chosenLayout(layout, emphasis.root, graph.nodes.length);
    const rings = changed && chosen === 'concentric'
      ? ringPositions(graph.nodes.map((n) => ({ id: n.entity.id, distance: n.distance, order: `${n.entity.kind} ${shortLabel(n.entity.name)}` })))
      : null;
    // The view is set before the entities arrive, so they come with or without their names as that zoom needs.
    if (rings) this.fitBox(boxOf(rings.values()));
    this.cy.batch(() => {
      stale.remove();
      if (many !== this.many) this.cy.edges().removeClass(many ? 'few' : 'many').addClass(many ? 'many' : 'few');
      this.many = many;
      this.syncLabels();
      for (const node of graph.nodes) {
        const drawn = this.cy.getElementById(node.entity.id);
        if (drawn.empty()) continue;
        if (drawn.data('distance') !== node.distance) drawn.data('distance', node.distance);
        if (rings) drawn.position(rings.get(node.entity.id)!);
      }
      const fresh = freshNodes.map((node) => this.nodeElement(node, rings?.get(node.entity.id)));
      for (const edge of graph.edges) {
        if (this.cy.getElementById(edge.id).empty()) fresh.push(this.edgeElement(edge, many));
      }
      this.cy.add(fresh);
      this.emphasize(emphasis);
    });
    performance.mark('explorer:draw:added');
    if (!rings && changed) await this.layout(chosen, emphasis.root);
    performance.mark('explorer:draw:laid-out');
    await this.drawn();
  }

  /**
   * Resolves after the frame that draws the current elements: Cytoscape draws in an animation frame and then emits
   * `render`; the message posted from there runs once that frame's task is over. Two frames without a render mean
   * there was nothing to redraw.
   */
  private drawn(): Promise<void> {
    return new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        this.cy.off('render', finish);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      };
      this.cy.one('render', finish);
      requestAnimationFrame(() => requestAnimationFrame(finish));
    });
  }

  emphasize(emphasis: Emphasis): void {
    this.cy.batch(() => {
      // Only elements whose emphasis changes are touched: a restyled hub would restyle all its edges.
      const mark = (name: string, ids: ReadonlySet<string>) => {
        this.cy.elements(`.${name}`).filter((e) => !ids.has(e.id())).removeClass(name);
        for (const id of ids) {
          const element = this.cy.getElementById(id);
          if (!element.hasClass(name)) element.addClass(name);
        }
      };
      mark('seed', emphasis.seeds);
      mark('focus', new Set(emphasis.focus ? [emphasis.focus] : []));
      mark('highlight', emphasis.highlighted);
    });
  }

  /** What `auto` means for this drawing: a tree from the root, a force layout for a few entities, rings for many. */
  private chosenLayout(name: LayoutName, root: string | null, nodes: number): Exclude<LayoutName, 'auto'> {
    return name !== 'auto' ? name : root ? 'breadthfirst' : nodes <= FORCE_LAYOUT_MAX_NODES ? 'cose' : 'concentric';
  }

  async layout(name: LayoutName, root: string | null = null): Promise<void> {
    const nodes = this.cy.nodes();
    if (nodes.empty()) return;
    const chosen = this.chosenLayout(name, root, nodes.length);
    if (chosen === 'concentric') {
      const positions = ringPositions(nodes.map((n) => ({
        id: n.id(), distance: n.data('distance') as number, order: `${n.data('kind') as string} ${n.data('label') as string}`,
      })));
      this.cy.batch(() => nodes.positions((n) => positions.get(n.id()) ?? { x: 0, y: 0 }));
    } else {
      const layout = this.cy.layout(this.layoutOptions(chosen, root));
      const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
      layout.run();
      await stopped;
    }
    this.fit();
  }

  private layoutOptions(name: Exclude<LayoutName, 'auto' | 'concentric'>, root: string | null): cytoscape.LayoutOptions {
    // Fitting is done after the layout, on node positions only: measuring every label first would cost more than the layout.
    const common = { animate: false, fit: false, padding: 30 };
    switch (name) {
      case 'cose':
        // From random starts (refining the previous drawing leaves nodes added on one point stuck together), with the
        // labels counted as part of the nodes so names do not overlap; the constants are those of Cytoscape's cose demo.
        return {
          ...common, name: 'cose', randomize: true, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 400000,
          nodeOverlap: 20, idealEdgeLength: () => 100, edgeElasticity: () => 100, gravity: 80, numIter: 1000,
          initialTemp: 200, coolingFactor: 0.95, minTemp: 1.0,
        } as cytoscape.LayoutOptions;
      case 'breadthfirst':
        return { ...common, name: 'breadthfirst', directed: false, spacingFactor: 1.1, ...(root ? { roots: `#${CSS.escape(root)}` } : {}) };
      case 'circle':
        return { ...common, name: 'circle' };
      default:
        return { ...common, name: 'grid' };
    }
  }

  /** Fits the drawn entities into the view, from their positions (no style or label is measured), at most at a readable zoom. */
  fit(): void {
    const nodes = this.cy.nodes();
    if (nodes.nonempty()) this.fitBox(boxOf(nodes.map((n) => n.position())));
  }

  private fitBox(box: Box): void {
    // The box holds node centres: widen it by the largest node's half (a seed is 28 across).
    const w = box.x2 - box.x1 + 2 * NODE_HALF_SIZE;
    const h = box.y2 - box.y1 + 2 * NODE_HALF_SIZE;
    const width = this.container.clientWidth - 2 * FIT_PADDING_X;
    const height = this.container.clientHeight - 2 * FIT_PADDING_Y;
    // Cytoscape ignores a zoom outside [minZoom, maxZoom] (and would still pan): clamp it.
    const zoom = Math.max(this.cy.minZoom(), Math.min(COMFORTABLE_ZOOM, width / w, height / h));
    this.cy.viewport({
      zoom,
      pan: { x: this.container.clientWidth / 2 - zoom * (box.x1 + box.x2) / 2, y: this.container.clientHeight / 2 - zoom * (box.y1 + box.y2) / 2 },
    });
  }

  /** Relabels the relations in the current language (entity names are as written in the documents). */
  relabel(): void {
    this.cy.batch(() => this.cy.edges().forEach((edge) => {
      edge.data('label', this.edgeLabel(edge.data('relation') as RelationRef));
    }));
  }

  /** Where an entity is drawn, in pixels from the canvas' top left corner; null when it is not drawn. */
  renderedPosition(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.visible() ? node.renderedPosition() : null;
  }

  /** The whole drawing as an image, names included (the export is drawn at its own, larger zoom). */
  png(): Blob {
    if (this.labelled) return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 4096, maxHeight: 4096 });
    this.cy.nodes().addClass('labelled');
    try {
      return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 4096, maxHeight: 4096 });
    } finally {
      this.cy.nodes().removeClass('labelled');
    }
  }

  /** Gives the nodes their names when they can show (see `labelled`); a no-op unless that changed. */
  private syncLabels(): void {
    const labelled = !this.many || this.cy.zoom() >= NODE_LABEL_MIN_ZOOM;
    if (labelled === this.labelled) return;
    this.labelled = labelled;
    this.cy.batch(() => this.cy.nodes().toggleClass('labelled', labelled));
  }

  private nodeElement({ entity, distance }: GraphNode, position: Point | undefined): cytoscape.ElementDefinition {
    return {
      group: 'nodes', classes: this.labelled ? `kind-${entity.kind} labelled` : `kind-${entity.kind}`, data: { id: entity.id, label: shortLabel(entity.name), kind: entity.kind, distance },
      ...(position ? { position: { ...position } } : {}),
    };
  }

  /** Edges are drawn by size class (`few` or `many`, see canvasStyle) and, for AFFECTS, by polarity class. */
  private edgeElement(relation: RelationRef, many: boolean): cytoscape.ElementDefinition {
    const polarity = relation.type === 'AFFECTS' ? ` polarity-${polarityOf(relation.polarity)}` : '';
    return {
      group: 'edges',
      classes: `${many ? 'many' : 'few'}${polarity}`,
      data: { id: relation.id, source: relation.from.id, target: relation.to.id, relation, label: this.edgeLabel(relation) },
    };
  }

  private edgeLabel(relation: RelationRef): string {
    const sign = relation.type === 'AFFECTS' && relation.polarity ? ` ${relation.polarity === '-' ? '−' : '+'}` : '';
    return `${this.i18n.relation(relation.type)}${sign}`;
  }

  // Arrow keys pan, + and − zoom, 0 fits: the drawing can be moved without a pointer.
  private onKey(event: KeyboardEvent): void {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP],
    };
    const center = { x: this.container.clientWidth / 2, y: this.container.clientHeight / 2 };
    if (event.key in pan) this.cy.panBy({ x: pan[event.key]![0], y: pan[event.key]![1] });
    else if (event.key === '+' || event.key === '=') this.cy.zoom({ level: this.cy.zoom() * 1.2, renderedPosition: center });
    else if (event.key === '-') this.cy.zoom({ level: this.cy.zoom() / 1.2, renderedPosition: center });
    else if (event.key === '0') this.fit();
    else return;
    event.preventDefault();
  }
}

interface Point { readonly x: number; readonly y: number }
interface Box { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }

function boxOf(points: Iterable<Point>): Box {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const { x, y } of points) {
    x1 = Math.min(x1, x); y1 = Math.min(y1, y); x2 = Math.max(x2, x); y2 = Math.max(y2, y);
  }
  return x1 <= x2 ? { x1, y1, x2, y2 } : { x1: 0, y1: 0, x2: 0, y2: 0 };
}

