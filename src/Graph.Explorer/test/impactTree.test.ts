import { describe, expect, it } from 'vitest';
import type { EntityRef, ImpactChain, PolicyImpact, RelationRef } from '../src/api/types';
import { buildImpactTree } from '../src/model/impactTree';

const entity = (id: string): EntityRef => ({ id, name: id, kind: 'INDUSTRY', subtype: null });
const relation = (id: string, type: RelationRef['type'], from: string, to: string, polarity: string | null = null): RelationRef =>
  ({ id, type, from: { id: from }, to: { id: to }, role: null, polarity });

function chain(nodes: string[], relations: RelationRef[]): ImpactChain {
  return {
    length: relations.length, polarity: 'NEUTRAL', support: 1, nodes: nodes.map(entity),
    links: relations.map((r) => ({ relation: r, evidence: [] })),
  };
}

describe('the impact tree', () => {
  const targets = relation('t', 'TARGETS', 'p', 'ai');
  const impact: PolicyImpact = {
    policy: { ...entity('p'), kind: 'POLICY', startDate: null },
    chainCount: 3,
    truncated: false,
    chains: [
      chain(['p', 'ai'], [targets]),
      chain(['p', 'ai', 'jobs'], [targets, relation('a1', 'AFFECTS', 'ai', 'jobs', '-')]),
      chain(['p', 'ai', 'jobs', 'pay'], [targets, relation('a1', 'AFFECTS', 'ai', 'jobs', '-'), relation('a2', 'AFFECTS', 'jobs', 'pay', '-')]),
    ],
    reached: [{ entity: entity('jobs'), depth: 2, polarity: 'NEGATIVE', observations: [] }],
  };

  it('merges chains that share a prefix into one branch', () => {
    const tree = buildImpactTree(impact);
    expect(tree.children.map((c) => c.entity.id)).toEqual(['ai']);
    expect(tree.children[0]!.children.map((c) => c.entity.id)).toEqual(['jobs']);
    expect(tree.children[0]!.children[0]!.children.map((c) => c.entity.id)).toEqual(['pay']);
  });

  it('multiplies the AFFECTS signs along a branch; other links keep it', () => {
    const ai = buildImpactTree(impact).children[0]!;
    const jobs = ai.children[0]!;
    expect(ai.polarity).toBe('NEUTRAL');
    expect(jobs.polarity).toBe('NEGATIVE');
    expect(jobs.children[0]!.polarity).toBe('POSITIVE');
  });

  it('attaches what the API reports about the entities chains reach', () => {
    const jobs = buildImpactTree(impact).children[0]!.children[0]!;
    expect(jobs.reached?.depth).toBe(2);
  });
});
