import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from '../support/browser.js';
import { useSharedGraph } from '../support/database.js';
import { useExplorer } from '../support/explorer.js';
import { MEDIUM_GENERATED } from '../support/sharedGraphs.js';

/** The explorer on a graph where an entity has more facts than one page and a drawing hold. */
describe('the explorer on a large graph', () => {
  const browser = useBrowser();
  // Every fact of the synthetic graph is in one of 20 regions: hundreds each.
  const { url, settled } = useExplorer(() => useSharedGraph(MEDIUM_GENERATED));

  it('pages through an entity\'s facts with "Show more facts" until all are on the card', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?entity=cn'));
    await settled(page);
    const total = Number(await page.locator('.fact-count').getAttribute('data-total'));
    expect(total).toBeGreaterThan(100);
    expect(await page.locator('.card .fact').count()).toBe(100);
    expect(await page.locator('.fact-count').textContent()).toContain('(100 shown)');

    await page.getByRole('button', { name: 'Show more facts' }).click();
    await expect.poll(() => page.locator('.card .fact').count()).toBe(Math.min(total, 200));
    const ids = await page
      .locator('.card .fact')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-fact')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.getByRole('button', { name: 'Show more facts' }).count()).toBe(
      total > 200 ? 1 : 0,
    );
    // The drawing says when it shows only part of the neighbourhood.
    expect(await page.locator('#neighbourhood').textContent()).toContain('larger than the drawing');
    await screenshot(page, 'explorer', '6-large-graph');
    expect(errors).toEqual([]);
  });
});
