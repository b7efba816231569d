import { describe, expect, it } from 'vitest';
import { toGraphMl, toJson } from '../src/export/subgraphExport';
import type { VisibleGraph } from '../src/model/graphModel';

const graph: VisibleGraph = {
  nodes: [
    { entity: { id: 'a', name: '大连市 <&> "x"', kind: 'PLACE', subtype: 'city' }, distance: 0 },
    { entity: { id: 'b', name: '辽宁省', kind: 'PLACE', subtype: null }, distance: 1 },
  ],
  edges: [{ id: 'r1', type: 'LOCATED_IN', role: null, polarity: null, from: { id: 'a' }, to: { id: 'b' } }],
};

describe('exports of the visible subgraph', () => {
  it('write JSON with the API field names', () => {
    const json = JSON.parse(toJson(graph)) as { nodes: { id: string; kind: string }[]; edges: { from: string; to: string; type: string }[] };
    expect(json.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(json.edges).toEqual([{ id: 'r1', type: 'LOCATED_IN', from: 'a', to: 'b', role: null, polarity: null }]);
  });

  it('write GraphML with escaped names and one directed edge per relation', () => {
    const xml = toGraphMl(graph);
    expect(xml).toContain('<graph id="explorer" edgedefault="directed">');
    expect(xml).toContain('<data key="name">大连市 &lt;&amp;&gt; &quot;x&quot;</data>');
    expect(xml).toContain('<edge id="r1" source="a" target="b"><data key="type">LOCATED_IN</data></edge>');
    expect(xml).not.toContain('<data key="subtype"></data>');
    expect(xml.match(/<node /g)).toHaveLength(2);
  });
});
