import { describe, expect, it } from 'vitest';
import { ringPositions, type RingNode } from '../src/view/rings';

const radius = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('rings by distance', () => {
  const nodes: RingNode[] = [
    { id: 'c', distance: 0, order: 'PLACE 中国' },
    ...Array.from({ length: 300 }, (_, i) => ({ id: `a${i}`, distance: 1, order: `${i % 2 ? 'COMPANY' : 'EVENT'} ${i}` })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `b${i}`, distance: 2, order: `PERSON ${i}` })),
  ];
  const positions = ringPositions(nodes);

  it('places every node, the centre in the middle and farther nodes on wider rings', () => {
    expect(positions.size).toBe(nodes.length);
    expect(radius(positions.get('c')!)).toBe(0);
    const first = radius(positions.get('a0')!);
    expect(first).toBeGreaterThan(0);
    expect(radius(positions.get('a299')!)).toBeCloseTo(first);
    expect(radius(positions.get('b0')!)).toBeGreaterThan(first);
  });

  it('leaves room for each node along its ring', () => {
    const a = positions.get('a0')!;
    const b = [...positions.entries()].filter(([id]) => id.startsWith('a') && id !== 'a0')
      .map(([, p]) => Math.hypot(p.x - a.x, p.y - a.y));
    expect(Math.min(...b)).toBeGreaterThan(30);
  });

  it('keeps the nodes of one kind together along a ring', () => {
    const angle = (id: string) => Math.atan2(positions.get(id)!.y, positions.get(id)!.x);
    const companies = nodes.filter((n) => n.order.startsWith('COMPANY')).map((n) => n.id);
    const sorted = [...nodes.filter((n) => n.distance === 1)].sort((x, y) => angle(x.id) - angle(y.id)).map((n) => n.id);
    const runs = sorted.reduce((count, id, i) => count + (i > 0 && companies.includes(id) !== companies.includes(sorted[i - 1]!) ? 1 : 0), 0);
    expect(runs).toBeLessThanOrEqual(2);
  });
});
