import { expect, test } from '@playwright/test';
import { policyWithChains, semanticPathCase, type SemanticPathCase } from '../support/api';
import { clickDrawnEntity, draws, drawnNodes, screenshot, searchAndOpen, waitForDrawAfter } from '../support/explorer';

// A researcher's walk on the sample graph: search → entity card → expand → path → evidence → policy impact.
test.describe.configure({ mode: 'serial' });

let pathCase: SemanticPathCase;
let policy: { id: string; name: string; chainCount: number };

test.beforeAll(async ({ request, baseURL }) => {
  pathCase = await semanticPathCase(request, baseURL!);
  policy = await policyWithChains(request, baseURL!);
});

test('two Chinese characters find an entity, and its card shows kind, aliases, places, relations, figures and mentions', async ({ page }) => {
  await page.goto('/explore/');
  const place = pathCase.place;
  await searchAndOpen(page, place.name.slice(0, 2), place);

  const card = page.locator('#view-entity .entity-card');
  await expect(card.locator('[data-field="kind"]')).toHaveText('地点');
  await expect(card.locator('[data-field="aliases"]')).toBeVisible();
  await expect(card.locator('.place-hierarchy li').first()).toContainText(place.name);
  await expect(card.locator('.relation-group').first()).toBeVisible();
  await expect(card.locator('.relation-group[data-relation-type="MENTIONS"]')).toHaveCount(0);
  await expect(card.locator('.figures-table tbody tr').first()).toBeVisible();
  await expect(card.locator('.chart svg[role="img"]').first()).toBeVisible();
  const mention = card.locator('.card-section').last().locator('.evidence-item').first();
  await expect(mention.locator('cite')).not.toBeEmpty();
  await expect(mention.locator('.span')).toContainText(/\d+–\d+/);
  await expect(card.locator('.text-missing').first()).toContainText('未存储文档原文');

  // The neighbourhood is drawn, semantic only: no article, no MENTIONS.
  expect(await drawnNodes(page)).toBeGreaterThan(1);
  await expect(page.locator('#show-kind-ARTICLE')).not.toBeChecked();
  await expect(page.locator('#show-type-MENTIONS')).not.toBeChecked();
  await screenshot(page, '01-entity-card');
});

test('clicking a drawn entity opens its card and expands it into the drawing', async ({ page }) => {
  await page.goto('/explore/');
  await searchAndOpen(page, pathCase.organization.name, pathCase.organization);
  const before = await drawnNodes(page);
  const drawsBefore = await draws(page);

  await clickDrawnEntity(page, pathCase.place.id);

  await expect(page.locator('#view-entity .card-title')).toHaveText(pathCase.place.name);
  await waitForDrawAfter(page, drawsBefore);
  expect(await drawnNodes(page)).toBeGreaterThan(before);
  expect(new URL(page.url()).searchParams.get('seeds')).toBe(`${pathCase.organization.id},${pathCase.place.id}`);
  await screenshot(page, '02-expanded');
});

test('a path between two entities runs over semantic links, and each link shows its evidence', async ({ page }) => {
  await page.goto('/explore/');
  await searchAndOpen(page, pathCase.person.name, pathCase.person);
  await page.getByRole('button', { name: '从此出发的路径' }).click();
  await expect(page.locator('#view-path')).toBeVisible();
  await searchAndOpen(page, pathCase.place.name, pathCase.place);
  const drawsBefore = await draws(page);
  await page.getByRole('button', { name: '到此为止的路径' }).click();

  const first = page.locator('#view-path .path').first();
  await expect(first).toBeVisible();
  await expect(page.locator('#view-path .path-results')).toContainText('仅语义关系');
  const hops = first.locator('.hop');
  await expect(hops).toHaveCount(2);
  await expect(hops.nth(0)).toContainText(pathCase.person.name);
  await expect(hops.nth(0)).toContainText(pathCase.organization.name);
  await expect(hops.nth(1)).toContainText(pathCase.place.name);
  for (const hop of await hops.all()) {
    await expect(hop.locator('.relation-label')).not.toHaveAttribute('data-relation-type', 'MENTIONS');
    await expect(hop.locator('.evidence-item').first().locator('cite')).not.toBeEmpty();
    await expect(hop.locator('.text-missing')).toBeVisible();
  }
  await waitForDrawAfter(page, drawsBefore);
  await screenshot(page, '03-path-evidence');

  // The URL holds the view: opened afresh, it shows the same path.
  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  await expect(page.locator('#view-path .path').first().locator('.hop')).toHaveCount(2);
});

test('a policy’s impact chains open as a tree, coloured and signed by polarity, with evidence per link', async ({ page }) => {
  await page.goto('/explore/');
  await searchAndOpen(page, policy.name, policy);
  await page.getByRole('button', { name: '政策影响' }).click();

  const tree = page.locator('#view-impact .impact-tree');
  await expect(tree).toBeVisible();
  await expect(page.locator('#view-impact')).toContainText(`${policy.chainCount} 条链`);
  const nodes = tree.locator('.impact-node');
  expect(await nodes.count()).toBeGreaterThan(0);
  for (const node of await nodes.all()) {
    await expect(node).toHaveAttribute('data-polarity', /^(POSITIVE|NEGATIVE|NEUTRAL)$/);
    // Polarity reads without colour: a sign and a word beside the line.
    await expect(node.locator(':scope > .impact-link .polarity')).toContainText(/[+−0] (正向|负向|中性)/);
  }
  const evidence = nodes.first().locator(':scope > details.impact-evidence');
  await evidence.locator('summary').click();
  await expect(evidence.locator('.evidence-item').first().locator('cite')).not.toBeEmpty();
  await expect(evidence.locator('.text-missing')).toBeVisible();
  await screenshot(page, '04-policy-impact');

  // Counted before leaving: counted after the reload, the new page may not have drawn its tree yet (a race seen in CI).
  const nodeCount = await nodes.count();
  const shared = page.url();
  expect(new URL(shared).searchParams.get('policy')).toBe(policy.id);
  await page.goto(shared);
  await expect(page.locator('#view-impact .impact-node')).toHaveCount(nodeCount);
});

test('showing articles and MENTIONS fetches co-mention; the language switch relabels everything', async ({ page }) => {
  await page.goto('/explore/');
  await searchAndOpen(page, pathCase.place.name, pathCase.place);
  const semantic = await drawnNodes(page);

  let before = await draws(page);
  await page.locator('#show-type-MENTIONS').check();
  await waitForDrawAfter(page, before);
  before = await draws(page);
  await page.locator('#show-kind-ARTICLE').check();
  await waitForDrawAfter(page, before);
  expect(await drawnNodes(page)).toBeGreaterThan(semantic);
  expect(new URL(page.url()).searchParams.get('hideKinds')).toBe('');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#tab-entity')).toHaveText('Entity');
  await expect(page.locator('#view-entity [data-field="kind"]')).toHaveText('Place');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await screenshot(page, '05-english-with-mentions');
});

test('the visible subgraph exports as PNG, JSON and GraphML', async ({ page }) => {
  await page.goto('/explore/');
  await searchAndOpen(page, pathCase.place.name, pathCase.place);
  const nodes = await drawnNodes(page);

  const save = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
  };

  const png = await save('导出 PNG');
  expect(png.name).toBe('graph.png');
  expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

  const json = await save('导出 JSON');
  const parsed = JSON.parse(json.body.toString('utf8')) as { nodes: { kind: string }[]; edges: { type: string }[] };
  expect(parsed.nodes).toHaveLength(nodes);
  expect(parsed.nodes.some((n) => n.kind === 'ARTICLE')).toBe(false);
  expect(parsed.edges.some((e) => e.type === 'MENTIONS')).toBe(false);

  const graphml = await save('导出 GraphML');
  const xml = graphml.body.toString('utf8');
  expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  expect(xml.match(/<node /g)).toHaveLength(nodes);
});
