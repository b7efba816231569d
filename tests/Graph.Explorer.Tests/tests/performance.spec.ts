import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { expectedDrawing, hub } from '../support/api';
import { draws, drawnNodes, screenshot, searchAndOpen, waitForDrawAfter } from '../support/explorer';

// Issue 10's bars: the first screen loads in under 1 s on loopback, and a 500-node neighbourhood draws in under 1 s.
// Both the wall-clock time and the CPU time of the page's main thread (Chromium's ThreadTime metric) are reported
// (console and test-results/measurements.json). The 500-node draw's CPU time is held under the bar on every run: other
// processes' load on a shared two-core machine stretches wall-clock time several-fold but CPU time hardly at all.
// Wall-clock misses fail too with EXPLORER_ENFORCE_BARS=1 (for a quiet machine).
const BAR_MS = 1000;
const enforce = process.env.EXPLORER_ENFORCE_BARS === '1';
const measurements: Record<string, number | string> = {};
const resultsFile = fileURLToPath(new URL('../test-results/measurements.json', import.meta.url));

function report(name: string, milliseconds: number): void {
  measurements[name] = Math.round(milliseconds);
  console.log(`measured ${name}: ${Math.round(milliseconds)} ms (bar ${BAR_MS} ms)${milliseconds < BAR_MS ? '' : ' OVER THE BAR'}`);
  if (enforce) expect(milliseconds, name).toBeLessThan(BAR_MS);
}

test.afterAll(() => {
  writeFileSync(resultsFile, `${JSON.stringify(measurements, null, 2)}\n`);
});

/** CPU milliseconds the page's main thread has used so far (https://chromedevtools.github.io/devtools-protocol/tot/Performance/). */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

function reportCpu(name: string, milliseconds: number): void {
  measurements[name] = Math.round(milliseconds);
  console.log(`measured ${name}: ${Math.round(milliseconds)} ms of main-thread CPU`);
}

/** Milliseconds from the navigation's start to the mark, read from the page's own performance timeline. */
async function sinceNavigation(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

test('the first screen loads and shows the graph within the bar', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const run of ['cold', 'warm'] as const) {
    // A new context each time: a cold cache, as a first visit has.
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto('/explore/');
    await expect(page.locator('#view-entity .welcome')).toBeVisible();
    const ready = await sinceNavigation(page, 'explorer:ready');
    if (run === 'cold') {
      // Everything is bundled and served by the host: no CDN, no font service.
      expect(foreign).toEqual([]);
      await screenshot(page, '00-first-screen');
    }
    report(`first screen (${run} cache; navigation start to statistics shown)`, ready);
    reportCpu(`first screen (${run} cache), page main thread since it started`, await threadTime(cdp));
    await context.close();
  }
});

test('a 500-node neighbourhood draws within the bar', async ({ page, request, context }) => {
  const big = process.env.EXPLORER_BIG_URL;
  test.skip(!big, 'EXPLORER_BIG_URL (a service on a graph with a 500-neighbour hub) is not set; run.sh sets it.');
  measurements.graph = big!;
  const country = await hub(request, big!, '中国', 'PLACE');
  const body = await hub(request, big!, '商务部', 'ORGANIZATION');

  // The country has more than 500 neighbours; the ministry's 500 nearest take two hops.
  for (const [name, entity, depth] of [['first hub', country, '1'], ['second hub', body, '2']] as const) {
    await page.goto(`${big}/explore/`);
    await searchAndOpen(page, entity.name, entity);
    if (depth !== '1') {
      const shallow = await draws(page);
      await page.locator('#depth').selectOption(depth);
      await waitForDrawAfter(page, shallow);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await draws(page);
    const cpuBefore = await threadTime(cdp);
    await page.locator('#limit').selectOption('500');
    await waitForDrawAfter(page, before);
    const cpu = await threadTime(cdp) - cpuBefore;
    const nodes = await drawnNodes(page);
    // What the canvas itself holds, against what the API says this neighbourhood is: a draw cannot pass by drawing less.
    const drawn = await page.evaluate(() =>
      (window as unknown as { graphExplorer: { drawnCounts(): { nodes: number; edges: number } } }).graphExplorer.drawnCounts());
    const expected = await expectedDrawing(request, big!, entity.id, Number(depth), 500);
    const { duration, phases } = await page.evaluate(() => {
      const draw = performance.getEntriesByName('explorer:draw').at(-1)!;
      const at = (mark: string) => Math.round(performance.getEntriesByName(mark).at(-1)!.startTime - draw.startTime);
      return {
        duration: draw.duration,
        phases: `fetched ${at('explorer:draw:fetched')} ms, added ${at('explorer:draw:added')} ms, laid out ${at('explorer:draw:laid-out')} ms, painted ${Math.round(draw.duration)} ms`,
      };
    });
    measurements[`${name} phases`] = phases;
    measurements[`${name} drawn`] = `${drawn.nodes} nodes, ${drawn.edges} edges`;
    expect(expected.nodes).toBe(500);
    expect(expected.edges).toBeGreaterThan(0);
    expect(drawn).toEqual(expected);
    expect(nodes).toBe(500);
    await expect(page.locator('#node-list summary')).toContainText('500');
    report(`500-node neighbourhood of the ${name}, depth ${depth} (fetch, layout and first frame)`, duration);
    reportCpu(`500-node neighbourhood of the ${name}, depth ${depth}`, cpu);
    expect(cpu, `main-thread CPU of the 500-node draw of the ${name}`).toBeLessThan(BAR_MS);
    if (name === 'first hub') {
      await screenshot(page, '07-500-nodes');
      // A list this long is built when the reader opens it, not with every draw.
      await expect(page.locator('#node-list li')).toHaveCount(0);
      await page.locator('#node-list summary').click();
      await expect(page.locator('#node-list li')).toHaveCount(500);
    }
  }
});
