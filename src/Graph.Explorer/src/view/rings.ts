/** A node to place on the rings: its distance from the first drawn entity, and what orders it along its ring. */
export interface RingNode {
  readonly id: string;
  readonly distance: number;
  readonly order: string;
}

/** Room per node along a ring and between rings, in model pixels (a node is 22 to 28 across). */
const SLOT = 34;
const RING_GAP = 90;

/**
 * Places nodes on concentric rings by distance, nearest inside, each ring just wide enough for its nodes and ordered
 * so that kinds sit together. Linear in the number of nodes: this is what keeps a 500-node neighbourhood quick, where
 * the library's own concentric layout measures every node first.
 */
export function ringPositions(nodes: readonly RingNode[]): Map<string, { x: number; y: number }> {
  const rings = new Map<number, RingNode[]>();
  for (const node of nodes) {
    const ring = rings.get(node.distance);
    if (ring) ring.push(node);
    else rings.set(node.distance, [node]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  let radius = 0;
  for (const distance of [...rings.keys()].sort((a, b) => a - b)) {
    const ring = rings.get(distance)!.sort((a, b) => a.order.localeCompare(b.order));
    const needed = ring.length === 1 && radius === 0 ? 0 : (ring.length * SLOT) / (2 * Math.PI);
    radius = radius === 0 && needed === 0 ? 0 : Math.max(radius + RING_GAP, needed);
    ring.forEach((node, index) => {
      const angle = (2 * Math.PI * index) / ring.length - Math.PI / 2;
      positions.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}
