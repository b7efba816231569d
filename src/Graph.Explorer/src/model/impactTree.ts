import type { EntityRef, ImpactLink, ImpactedEntity, PolicyImpact } from '../api/types';
import type { ImpactPolarity } from './vocabulary';

export interface ImpactTreeNode {
  readonly key: string;
  readonly entity: EntityRef;
  /** The link from the parent; null at the policy. */
  readonly link: ImpactLink | null;
  /** Which way the chain pushes this entity so far: the product of the AFFECTS polarities from the policy. */
  readonly polarity: ImpactPolarity;
  /** What the API reports about this entity as a chain's end (depth, figures); null when no chain ends at it. */
  readonly reached: ImpactedEntity | null;
  readonly children: ImpactTreeNode[];
}

/** The polarity after one more link, as the schema defines a chain's polarity (ImpactPolarity). */
export function nextPolarity(current: ImpactPolarity, link: ImpactLink): ImpactPolarity {
  if (link.relation.type !== 'AFFECTS') return current;
  const sign = link.relation.polarity;
  if (sign !== '+' && sign !== '-') return current;
  if (current === 'NEUTRAL') return sign === '+' ? 'POSITIVE' : 'NEGATIVE';
  if (sign === '+') return current;
  return current === 'POSITIVE' ? 'NEGATIVE' : 'POSITIVE';
}

/** Merges the chains that start at a policy into one tree: chains sharing a prefix share its branch. */
export function buildImpactTree(impact: PolicyImpact): ImpactTreeNode {
  const reached = new Map(impact.reached.map((r) => [r.entity.id, r]));
  const root: ImpactTreeNode = {
    key: impact.policy.id, entity: impact.policy, link: null, polarity: 'NEUTRAL', reached: null, children: [],
  };
  for (const chain of impact.chains) {
    let parent = root;
    chain.links.forEach((link, index) => {
      const entity = chain.nodes[index + 1];
      if (!entity) return;
      const key = `${parent.key}>${link.relation.id}>${entity.id}`;
      let child = parent.children.find((c) => c.key === key);
      if (!child) {
        child = {
          key, entity, link, polarity: nextPolarity(parent.polarity, link), reached: reached.get(entity.id) ?? null, children: [],
        };
        parent.children.push(child);
      }
      parent = child;
    });
  }
  return root;
}
