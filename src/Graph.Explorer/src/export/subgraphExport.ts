import type { VisibleGraph } from '../model/graphModel';

/** The visible subgraph as JSON: the same field names as the API, so an export can be read back against the schema. */
export function toJson(graph: VisibleGraph): string {
  return JSON.stringify(
    {
      nodes: graph.nodes.map((n) => ({ ...n.entity, distance: n.distance })),
      edges: graph.edges.map((e) => ({
        id: e.id, type: e.type, from: e.from.id, to: e.to.id, role: e.role, polarity: e.polarity,
      })),
    },
    null,
    2,
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function data(key: string, value: string | number | null): string {
  return value === null ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;
}

/**
 * The visible subgraph as GraphML (http://graphml.graphdrawing.org/specification.html): one directed edge per relation,
 * names and kinds as node attributes, relation type, role and polarity as edge attributes.
 */
export function toGraphMl(graph: VisibleGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="subtype" for="node" attr.name="subtype" attr.type="string"/>',
    '  <key id="distance" for="node" attr.name="distance" attr.type="int"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="role" for="edge" attr.name="role" attr.type="string"/>',
    '  <key id="polarity" for="edge" attr.name="polarity" attr.type="string"/>',
    '  <graph id="explorer" edgedefault="directed">',
  ];
  for (const { entity, distance } of graph.nodes) {
    lines.push(`    <node id="${escapeXml(entity.id)}">${data('name', entity.name)}${data('kind', entity.kind)}`
      + `${data('subtype', entity.subtype)}${data('distance', distance)}</node>`);
  }
  for (const e of graph.edges) {
    lines.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from.id)}" target="${escapeXml(e.to.id)}">`
      + `${data('type', e.type)}${data('role', e.role)}${data('polarity', e.polarity)}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
