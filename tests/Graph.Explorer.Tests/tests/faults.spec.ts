import { expect, test } from '@playwright/test';

// What the reader sees when a link is broken or the service fails: a clear message, and the page still works.

test('a link with an ID the graph does not hold says so', async ({ page }) => {
  // Well-formed, but of no entity (the ID of a place that is not in the graph).
  await page.goto(`/explore/?focus=${encodeURIComponent(btoa('Place:place_0000000000000000').replace(/=+$/, ''))}`);
  await expect(page.locator('#view-entity')).toContainText('没有此 ID 的实体');
});

test('a malformed ID in a link is refused by the API and the refusal is shown', async ({ page }) => {
  await page.goto('/explore/?focus=bogus');
  await expect(page.locator('#alert')).toContainText('BAD_USER_INPUT');
  await expect(page.locator('#view-entity .welcome')).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeEnabled();
});

test('markup in a link never reaches the page as markup', async ({ page }) => {
  await page.goto(`/explore/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('#search-results')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#search-results img')).toHaveCount(0);
});

test('an unreachable service is reported, and the explorer recovers when it answers again', async ({ page }) => {
  await page.goto('/explore/');
  await expect(page.locator('#view-entity .welcome')).toBeVisible();
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await page.getByRole('searchbox').fill('大连');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('#alert')).toContainText('NETWORK');

  await page.unroute('**/graphql');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('#search-results .entity-link').first()).toBeVisible();
  await expect(page.locator('#alert')).toBeEmpty();
});
