// Interleaved A/B measurement of the 500-node draw: each named bundle (a directory holding a Vite build of the explorer,
// assets/index.js and assets/index.css) is served in place of the service's own, by Playwright request routing, and
// the same hubs are drawn with each in turn, so load on the machine hits every variant alike.
//
//   node bench/draw-bench.mjs <service URL> <rounds> name=dir [name=dir ...]
//
// A name with the directory "-" uses the bundle the service serves. The service runs on the synthetic graph of run.sh
// (dotnet run --project bench/Graph.Bench -- generate --entities 10000 --db DB; dotnet run --project src/Graph.Server --
// --db DB --urls URL); an earlier explorer's bundle comes from its commit:
//   git worktree add /tmp/explorer-before COMMIT
//   (cd /tmp/explorer-before/src/Graph.Explorer && npm ci && npx vite build --outDir /tmp/bundle-before --emptyOutDir)
//   node bench/draw-bench.mjs URL 5 before=/tmp/bundle-before after=-
// Prints, per variant and hub, the median and range of the draw's wall-clock time (the page's `explorer:draw` measure:
// fetch, layout and first frame) and of the main thread's CPU time (Chromium's ThreadTime metric) from the limit change
// to the drawn frame, and to 300 ms after it.
import { chromium } from '@playwright/test';

const [service, roundsText, ...variantArgs] = process.argv.slice(2);
if (!service || !roundsText || variantArgs.length === 0) {
  console.error('usage: node bench/draw-bench.mjs <service URL> <rounds> name=dir [name=dir ...]');
  process.exit(2);
}
const rounds = Number(roundsText);
const variants = variantArgs.map((arg) => {
  const [name, dir] = arg.split('=');
  return { name, dir: dir === '-' ? null : dir };
});

async function search(text, kind) {
  const response = await fetch(new URL('/graphql', service), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($t: String!, $k: [EntityKind!]) { search(text: $t, kinds: $k, first: 1) { nodes { id } } }',
      variables: { t: text, k: [kind] },
    }),
  });
  return (await response.json()).data.search.nodes[0].id;
}

// The hubs of the browser test: a country (depth 1) and a ministry (depth 2) of the bench generator's graph.
const hubs = [
  { name: 'first hub', id: await search('中国', 'PLACE'), depth: 1 },
  { name: 'second hub', id: await search('商务部', 'ORGANIZATION'), depth: 2 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});

const drawsOf = () => Number(document.querySelector('#canvas')?.getAttribute('data-draws') ?? '0');

async function once(variant, hub) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  if (variant.dir) {
    for (const file of ['index.js', 'index.css']) {
      await page.route(`**/explore/assets/${file}`, (route) => route.fulfill({ path: `${variant.dir}/assets/${file}` }));
    }
  }
  await page.goto(new URL(`/explore/?lang=zh&focus=${hub.id}&seeds=${hub.id}&depth=${hub.depth}`, service).toString());
  await page.waitForFunction(drawsOf, undefined, { polling: 'raf' });
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  const before = await page.evaluate(drawsOf);
  const cpuBefore = await threadTime();
  await page.locator('#limit').selectOption('500');
  await page.waitForFunction((b) => Number(document.querySelector('#canvas')?.getAttribute('data-draws') ?? '0') > b, before, { polling: 'raf' });
  const cpuDrawn = await threadTime() - cpuBefore;
  await page.waitForTimeout(300);
  const cpu = await threadTime() - cpuBefore;
  const result = await page.evaluate(() => {
    const draw = performance.getEntriesByName('explorer:draw').at(-1);
    const at = (mark) => performance.getEntriesByName(mark).at(-1).startTime - draw.startTime;
    const canvas = document.querySelector('#canvas');
    return {
      wall: draw.duration, fetched: at('explorer:draw:fetched'),
      nodes: Number(canvas.getAttribute('data-nodes')), edges: Number(canvas.getAttribute('data-edges')),
    };
  });
  await context.close();
  return { ...result, cpu, cpuDrawn };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = new Map();
for (let round = 0; round < rounds; round++) {
  for (const hub of hubs) {
    for (const variant of variants) {
      const r = await once(variant, hub);
      const key = `${variant.name} | ${hub.name}`;
      results.set(key, [...(results.get(key) ?? []), r]);
      console.log(`round ${round + 1} ${key}: wall ${Math.round(r.wall)} ms (fetched at ${Math.round(r.fetched)}), cpu ${Math.round(r.cpuDrawn)} ms drawn, ${Math.round(r.cpu)} ms +300 ms, ${r.nodes} nodes ${r.edges} edges`);
    }
  }
}
console.log('\nvariant | hub | wall-clock median (min–max) ms | after fetch median ms | main-thread CPU to drawn median (min–max) ms | main-thread CPU +300 ms median | drawn');
for (const [key, rs] of results) {
  const wall = rs.map((r) => r.wall);
  const cpu = rs.map((r) => r.cpu);
  const range = (xs) => `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
  console.log(`${key} | ${range(wall)} | ${Math.round(median(rs.map((r) => r.wall - r.fetched)))} | ${range(rs.map((r) => r.cpuDrawn))} | ${Math.round(median(cpu))} | ${rs[0].nodes} nodes, ${rs[0].edges} edges`);
}
await browser.close();
