import { expect, test } from '@playwright/test';
import { hub } from '../support/api';
import { searchAndOpen } from '../support/explorer';

// A hub of the synthetic graph has more relations than one page of the card.
test('a hub’s card pages its relations with “More relations”', async ({ page, request }) => {
  const big = process.env.EXPLORER_BIG_URL;
  test.skip(!big, 'EXPLORER_BIG_URL (a service on a graph with a hub) is not set; run.sh sets it.');
  const country = await hub(request, big!, '中国', 'PLACE');
  await page.goto(`${big}/explore/`);
  await searchAndOpen(page, country.name, country);

  const relations = page.locator('#view-entity .relation');
  await expect(relations).toHaveCount(100);
  await page.getByRole('button', { name: '更多关系' }).click();
  await expect(relations).toHaveCount(200);
});
