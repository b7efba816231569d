import cytoscape from 'cytoscape';
import type { RelationRef } from '../api/types';
import type { I18n } from '../i18n/i18n';
import type { GraphNode, VisibleGraph } from '../model/graphModel';
import { polarityOf } from '../model/palette';
import type { LayoutName } from '../state/explorerState';
import { canvasStyle } from './canvasStyle';
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
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  get edgeCount(): number {
    return this.cy.edges().length;
  }

  /** Shows exactly the visible graph; lays it out again when entities came or went. Resolves once the frame is drawn. */
  async render(graph: VisibleGraph, emphasis: Emphasis, layout: LayoutName): Promise<void> {
    const wanted = new Set<string>([...graph.nodes.map((n) => n.entity.id), ...graph.edges.map((e) => e.id)]);
    const many = graph.nodes.length > FORCE_LAYOUT_MAX_NODES;
    let changed = false;
    this.cy.batch(() => {
      const stale = this.cy.elements().filter((element) => !wanted.has(element.id()));
      changed = stale.nodes().length > 0;
      stale.remove();
      // A big drawing is read by its shape: straight edges without labels lay out and paint several times faster.
      if (many !== this.many) this.cy.elements().toggleClass('many', many);
      this.many = many;
      const fresh: cytoscape.ElementDefinition[] = [];
      for (const node of graph.nodes) {
        const drawn = this.cy.getElementById(node.entity.id);
        if (drawn.empty()) fresh.push(this.nodeElement(node, many));
        else if (drawn.data('distance') !== node.distance) drawn.data('distance', node.distance);
      }
      changed ||= fresh.length > 0;
      for (const edge of graph.edges) {
        if (this.cy.getElementById(edge.id).empty()) fresh.push(this.edgeElement(edge, many));
      }
      this.cy.add(fresh);
      this.emphasize(emphasis);
    });
    performance.mark('explorer:draw:added');
    if (changed) await this.layout(layout, emphasis.root);
    performance.mark('explorer:draw:laid-out');
    await nextFrame();
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

  async layout(name: LayoutName, root: string | null = null): Promise<void> {
    const nodes = this.cy.nodes();
    if (nodes.empty()) return;
    const chosen = name !== 'auto' ? name : root ? 'breadthfirst' : nodes.length <= FORCE_LAYOUT_MAX_NODES ? 'cose' : 'concentric';
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

  /** Fits the drawn entities into the view, from their positions (labels are not measured), at most at a readable zoom. */
  fit(): void {
    const nodes = this.cy.nodes(':visible');
    if (nodes.empty()) return;
    const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false, includeEdges: false });
    const width = this.container.clientWidth - 2 * FIT_PADDING_X;
    const height = this.container.clientHeight - 2 * FIT_PADDING_Y;
    // Cytoscape ignores a zoom outside [minZoom, maxZoom] (and would still pan): clamp it.
    const zoom = Math.max(this.cy.minZoom(), Math.min(COMFORTABLE_ZOOM, width / Math.max(box.w, 1), height / Math.max(box.h, 1)));
    this.cy.viewport({
      zoom,
      pan: { x: this.container.clientWidth / 2 - zoom * (box.x1 + box.w / 2), y: this.container.clientHeight / 2 - zoom * (box.y1 + box.h / 2) },
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

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 4096, maxHeight: 4096 });
  }

  private nodeElement({ entity, distance }: GraphNode, many: boolean): cytoscape.ElementDefinition {
    return { group: 'nodes', classes: many ? `kind-${entity.kind} many` : `kind-${entity.kind}`, data: { id: entity.id, label: shortLabel(entity.name), kind: entity.kind, distance } };
  }

  private edgeElement(relation: RelationRef, many: boolean): cytoscape.ElementDefinition {
    return {
      group: 'edges',
      classes: many ? 'many' : '',
      data: {
        id: relation.id, source: relation.from.id, target: relation.to.id, relation,
        label: this.edgeLabel(relation), polarity: relation.type === 'AFFECTS' ? polarityOf(relation.polarity) : 'NONE',
      },
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

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
