import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Screenshots are test output (git-ignored): test-results/screenshots/. */
export const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/** How many draws the page has finished; a redraw is done when this grows. */
export async function draws(page: Page): Promise<number> {
  return Number(await page.locator('#canvas').getAttribute('data-draws') ?? '0');
}

export async function waitForDrawAfter(page: Page, before: number): Promise<void> {
  await expect.poll(() => draws(page)).toBeGreaterThan(before);
}

export async function drawnNodes(page: Page): Promise<number> {
  return Number(await page.locator('#canvas').getAttribute('data-nodes') ?? '0');
}

/** Types a search, waits for the hits, and opens the entity with this ID from them. */
export async function searchAndOpen(page: Page, text: string, entity: { id: string; name: string }): Promise<void> {
  await page.getByRole('searchbox').fill(text);
  await page.getByRole('searchbox').press('Enter');
  const before = await draws(page);
  await page.locator(`#search-results .entity-link[data-entity-id="${entity.id}"]`).click();
  await expect(page.locator('#view-entity .card-title')).toHaveText(entity.name);
  await waitForDrawAfter(page, before);
}

/** Clicks an entity where the canvas draws it, as a reader would. */
export async function clickDrawnEntity(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((entity) =>
    (window as unknown as { graphExplorer: { renderedPositionOf(id: string): { x: number; y: number } | null } })
      .graphExplorer.renderedPositionOf(entity), id);
  if (!position) throw new Error(`${id} is not drawn`);
  const box = (await page.locator('#canvas').boundingBox())!;
  await page.mouse.click(box.x + position.x, box.y + position.y);
}
