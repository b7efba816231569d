import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { policyWithChains, semanticPathCase } from '../support/api';
import { draws, screenshot, searchAndOpen, waitForDrawAfter } from '../support/explorer';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The explorer's Content-Security-Policy forbids scripts from anywhere but its bundle; the scanner is injected by the
// test, so this file's pages skip the policy (the other tests keep it, and would fail on any foreign script).
test.use({ bypassCSP: true });

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core (WCAG 2.x A and AA rules) in the page and returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  for (const v of violations) console.log(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('the first screen, an entity card, a path and an impact tree have no serious or critical axe violations', async ({ page, request, baseURL }) => {
  const pathCase = await semanticPathCase(request, baseURL!);
  const policy = await policyWithChains(request, baseURL!);

  await page.goto('/explore/');
  await expect(page.locator('#view-entity .welcome')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await searchAndOpen(page, pathCase.place.name, pathCase.place);
  await page.locator('#view-entity details').first().locator('summary').click();
  expect(await seriousViolations(page)).toEqual([]);

  const params = new URLSearchParams({ lang: 'en', from: pathCase.person.id, to: pathCase.place.id, view: 'path' });
  await page.goto(`/explore/?${params}`);
  await expect(page.locator('#view-path .path').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/explore/?${new URLSearchParams({ lang: 'zh', policy: policy.id, view: 'impact' })}`);
  await expect(page.locator('#view-impact .impact-tree')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the keyboard alone searches, opens a card, expands from the list and moves the drawing', async ({ page, request, baseURL }) => {
  const { place } = await semanticPathCase(request, baseURL!);
  await page.goto('/explore/');
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(place.name);
  await page.keyboard.press('Enter');
  const hit = page.locator(`#search-results .entity-link[data-entity-id="${place.id}"]`);
  await expect(hit).toBeVisible();
  await hit.focus();
  let before = await draws(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#view-entity .card-title')).toHaveText(place.name);
  await waitForDrawAfter(page, before);

  // Every drawn entity is in the list: expand one without a pointer, and focus stays on its button.
  const expand = page.locator('#node-list .expand').last();
  const id = await expand.getAttribute('data-entity-id');
  await expand.focus();
  before = await draws(page);
  await page.keyboard.press('Enter');
  await waitForDrawAfter(page, before);
  expect(new URL(page.url()).searchParams.get('seeds')).toContain(id!);
  await expect(page.locator(`#node-list .expand[data-entity-id="${id}"]`)).toBeFocused();

  // The drawing takes the keys it announces.
  await page.locator('#canvas').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('+');
  await page.keyboard.press('0');
  await expect(page.locator('#canvas')).toBeFocused();
  await screenshot(page, '06-keyboard');
});
