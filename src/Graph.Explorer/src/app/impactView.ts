import { IMPACT_QUERY } from '../api/queries';
import type { PolicyImpact } from '../api/types';
import { buildImpactTree } from '../model/impactTree';
import { h, replaceChildren } from '../view/dom';
import { impactPanel } from '../view/impactPanel';
import type { ExplorerContext } from './context';
import type { Overlay } from './drawing';

const IMPACT_DEPTH = 3;

/** A policy's impact chains as a tree, drawn as a tree from the policy. */
export class ImpactView {
  private impact: PolicyImpact | null = null;

  constructor(private readonly context: ExplorerContext) {}

  reset(): void {
    this.impact = null;
  }

  show(id: string): void {
    this.context.change({ policy: id, view: 'impact' }, 'push');
    this.context.showView();
    void this.load(true);
  }

  async load(redraw: boolean): Promise<void> {
    const policy = this.context.state().policy;
    if (!policy) return;
    replaceChildren(this.context.page.view('impact'), h('p', { class: 'muted' }, this.context.i18n.t('loading')));
    const data = await this.context.ask<{ policyImpact: PolicyImpact | null }>('impact', IMPACT_QUERY, { policy, maxDepth: IMPACT_DEPTH });
    if (!data) return;
    this.impact = data.policyImpact;
    this.render();
    if (redraw) await this.context.redraw();
  }

  overlay(): Overlay | null {
    if (!this.impact) return null;
    const root = this.context.state().layout === 'auto' ? this.impact.policy.id : null;
    return { chains: this.impact.chains.map((c) => ({ nodes: c.nodes, relations: c.links.map((l) => l.relation) })), root };
  }

  render(): void {
    const { page, i18n } = this.context;
    const target = page.view('impact');
    if (!this.context.state().policy) return replaceChildren(target, h('p', { class: 'muted' }, i18n.t('impactEmpty')));
    if (!this.impact) return replaceChildren(target, h('p', { class: 'muted' }, i18n.t('notFound')));
    replaceChildren(target, impactPanel(this.impact, buildImpactTree(this.impact), i18n, (id) => this.context.open(id)));
  }
}
