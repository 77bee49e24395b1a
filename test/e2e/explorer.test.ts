import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../explorer/src/state.js';
import { screenshot, screenshotOf, useBrowser } from '../support/browser.js';
import { useSharedGraph } from '../support/database.js';
import { useExplorer } from '../support/explorer.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

/**
 * The explorer, built from explorer/ by Vite as in production, served by the API at `/`, on
 * the curated seed, driven in headless Chromium as a person would use it.
 */
describe('the explorer at /', () => {
  const browser = useBrowser();
  const { url, settled } = useExplorer(() => useSharedGraph(CURATED_SEED));
  const state = (page: Page) => new URL(page.url()).searchParams;
  /** The API's answer to an access question, which the access view draws. */
  const accessReport = async (
    provider: string,
    region: string,
    asOf: string,
  ): Promise<{ blockedBy: { id: string; products: { name: string }[] }[] }> => {
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($provider: ID!, $region: ID!, $asOf: Date) {
          accessRoutes(provider: $provider, region: $region, asOf: $asOf) {
            blockedBy { id products { name } }
          }
        }`,
        variables: { provider, region, asOf },
      }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    return body.data.accessRoutes;
  };

  it('lands on a page that says what the graph holds, with questions to start from and its latest facts', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/'));
    await settled(page);
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ coverage { facts entities sources factsByType { value } factsByDomain { value } } }',
      }),
    });
    const { coverage } = (await response.json()).data;
    const landing = page.locator('[data-landing="true"]');
    expect(await landing.locator('.totals').textContent()).toContain(
      `${coverage.facts} dated, sourced facts about ${coverage.entities} `,
    );
    // The search box comes first, with the focus.
    expect(
      await page
        .getByRole('combobox', { name: 'Search entities' })
        .evaluate((input) => input === document.activeElement),
    ).toBe(true);
    const tables = landing.locator('table.tallies');
    expect(await tables.nth(0).locator('tr').count()).toBe(coverage.factsByType.length);
    expect(await tables.nth(1).locator('tr').count()).toBe(coverage.factsByDomain.length);
    // The latest facts as of today, six of them.
    const latest = page.locator('#neighbourhood .latest .fact');
    expect(await latest.count()).toBe(6);
    // The founding story is a question away.
    await page.getByRole('link', { name: /how do Chinese firms still reach its models/ }).click();
    await settled(page);
    expect(state(page).get('view')).toBe('access');
    expect([state(page).get('provider'), state(page).get('region')]).toEqual(['openai', 'cn']);
    await page.goBack();
    await settled(page);
    await screenshot(page, 'explorer', '0-landing');
    expect(errors).toEqual([]);
  });

  it("draws a hub's neighbourhood legibly: no two entities' names overlap, fact labels give way", async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?entity=openai'));
    await settled(page);
    const drawing = page.locator('#neighbourhood');
    expect(Number(await drawing.getAttribute('data-nodes'))).toBeGreaterThan(60);
    expect(await drawing.getAttribute('data-crowded')).toBe('true');
    expect(await drawing.getAttribute('data-overlaps')).toBe('0');
    await screenshotOf(drawing.locator('.canvas'), 'explorer', '0-hub-openai');
    expect(errors).toEqual([]);
  });

  it('searches with suggestions, tolerating a typo, and opens the entity card', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/'));
    await page.getByRole('combobox', { name: 'Search entities' }).fill('21vianett');
    const suggestion = page.getByRole('option').filter({ hasText: '21Vianet' }).first();
    // The page's first search: the first request to a cold server may take a few seconds.
    await expect.poll(() => suggestion.isVisible(), { timeout: 15_000 }).toBe(true);
    await screenshot(page, 'explorer', '1-search-suggestions');
    await suggestion.click();
    await settled(page);

    expect(state(page).get('entity')).toBe('21vianet');
    const card = page.locator('[data-entity-card="21vianet"]');
    await expect.poll(() => card.locator('h2').textContent()).toBe('21Vianet');
    // Facts grouped by type, each with dates, a status and sources that link out.
    const partnerships = card.locator('.fact-group[data-type="Partnership"]');
    expect(await partnerships.locator('h3').textContent()).toMatch(/^Partnerships \(\d+\)$/);
    const azure = card.locator('[data-fact="microsoft-21vianet-azure-china"]');
    expect(await azure.locator('.dates').textContent()).toMatch(/^since 2012-11|^2012-11/);
    expect(await azure.locator('.status').textContent()).toMatch(/active|ended|announced/);
    const source = azure.locator('a.source').first();
    expect(await source.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await source.getAttribute('target')).toBe('_blank');
    // The neighbourhood is drawn, and lists what it drew.
    const drawing = page.locator('#neighbourhood');
    expect(await drawing.locator('canvas').count()).toBeGreaterThan(0);
    expect(await drawing.locator('.drawn-entities a').allTextContents()).toContain('Microsoft');
    expect(await page.locator('#timeline .event').count()).toBeGreaterThan(0);
    await screenshot(page, 'explorer', '2-entity-card');
    expect(errors).toEqual([]);
  });

  it('sets asOf for the card, the drawing and the timeline with the date slider', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?entity=openai'));
    await settled(page);
    expect(await page.locator('#entity-view .error').allTextContents()).toEqual([]);
    const total = async () => Number(await page.locator('.fact-count').getAttribute('data-total'));
    const everything = await total();
    const drawn = Number(await page.locator('#neighbourhood').getAttribute('data-nodes'));

    await page.locator('#as-of-slider').fill(String(dayNumber('2020-06-30')));
    await settled(page);
    expect(state(page).get('asOf')).toBe('2020-06-30');
    expect(await page.locator('#as-of-label').textContent()).toBe('2020-06-30');
    await expect.poll(total).toBeLessThan(everything);
    expect(await page.locator('.fact-count').textContent()).toContain('held on 2020-06-30');
    // Microsoft's 2019 investment in OpenAI had happened; the 2021 one had not.
    expect(await page.locator('.card [data-fact="microsoft-investment-openai-2019"]').count()).toBe(
      1,
    );
    expect(await page.locator('.card [data-fact="microsoft-investment-openai-2021"]').count()).toBe(
      0,
    );
    expect(Number(await page.locator('#neighbourhood').getAttribute('data-nodes'))).toBeLessThan(
      drawn,
    );
    const days = await page.locator('#timeline .event:not(.as-of) time').allTextContents();
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day.slice(0, 7) <= '2020-06').toBe(true);
    await screenshot(page, 'explorer', '3-slider-2020');

    // A key on the slider moves a day at a time.
    await page.locator('#as-of-slider').press('ArrowRight');
    await settled(page);
    expect(state(page).get('asOf')).toBe('2020-07-01');

    await page.getByRole('button', { name: 'All dates' }).click();
    await settled(page);
    expect(state(page).has('asOf')).toBe(false);
    await expect.poll(total).toBe(everything);
    expect(errors).toEqual([]);
  });

  it('finds a path between two entities, each step with its fact and sources', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?view=path'));
    await settled(page);
    for (const [field, text, name] of [
      ['From', 'altman', 'Sam Altman'],
      ['To', '21vianet', '21Vianet'],
    ] as const) {
      await page.getByRole('combobox', { name: field }).fill(text);
      const option = page.getByRole('option').filter({ hasText: name }).first();
      await expect.poll(() => option.isVisible()).toBe(true);
      await option.click();
      await settled(page);
    }
    expect(state(page).get('from')).toBe('sam-altman');
    expect(state(page).get('to')).toBe('21vianet');

    const shortest = page.locator('.path').first();
    expect(await shortest.getAttribute('data-length')).toBe('3');
    const steps = shortest.locator('.step');
    expect(await steps.count()).toBe(3);
    expect(await steps.first().locator('a.entity').first().textContent()).toBe('Sam Altman');
    expect(await steps.last().locator('a.entity').last().textContent()).toBe('21Vianet');
    for (const step of await steps.all()) {
      expect(await step.locator('a.source').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('#path-drawing canvas').count()).toBeGreaterThan(0);
    await screenshot(page, 'explorer', '4-path');

    // Before Sam Altman's role began (2019) no path of facts that held then joins them.
    await page.locator('#as-of-slider').fill(String(dayNumber('2015-01-01')));
    await settled(page);
    expect(await page.locator('#path-steps').textContent()).toBe(
      'No path of up to 6 steps through facts that held on 2015-01-01.',
    );
    expect(await page.locator('.path').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('draws the founding story: the block, and the route through Azure OpenAI and 21Vianet', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?view=access&asOf=2024-08-01'));
    await settled(page);
    expect(await page.locator('#access-view .error').allTextContents()).toEqual([]);
    expect(await page.getByRole('combobox', { name: 'Provider' }).inputValue()).toBe('OpenAI');
    expect(await page.locator('.verdict').textContent()).toMatch(/^Reachable on 2024-08-01/);
    // Every restriction that blocks OpenAI's products there is listed, with its sources: OpenAI's
    // block of its API among them (the graph also records China's own block of ChatGPT, ...).
    const { blockedBy } = await accessReport('openai', 'cn', '2024-08-01');
    const listed = page.locator('.blocks [data-fact]');
    expect(await listed.evaluateAll((items) => items.map((item) => item.dataset.fact))).toEqual(
      blockedBy.map((restriction) => restriction.id),
    );
    expect(blockedBy.map((restriction) => restriction.id)).toContain('openai-api-block-china-2024');
    for (const item of await listed.all()) {
      expect(await item.locator('a.source').count()).toBeGreaterThan(0);
    }
    const routes = page.locator('.route[data-product="azure-openai-service"] h4');
    expect(await routes.allTextContents()).toContainEqual(
      expect.stringMatching(/^Azure OpenAI Service operated by 21Vianet for Microsoft/),
    );
    const drawing = page.locator('#access-drawing');
    const drawn = await drawing.locator('.drawn-entities a').allTextContents();
    expect(drawn).toEqual(
      expect.arrayContaining(['OpenAI', 'OpenAI API', 'Azure OpenAI Service', '21Vianet']),
    );
    // The picture: a red line into China for each product each restriction blocks (the
    // provider's own when it names none), and two green routes (direct, and through 21Vianet).
    const blockedProducts = blockedBy.reduce(
      (lines, restriction) => lines + Math.max(1, restriction.products.length),
      0,
    );
    expect(await drawing.getAttribute('data-edges-blocked')).toBe(String(blockedProducts));
    for (const restriction of blockedBy) {
      for (const product of restriction.products) expect(drawn).toContain(product.name);
    }
    expect(await drawing.getAttribute('data-edges-route')).toBe('2');
    await screenshot(page, 'explorer', '5-founding-story');
    expect(errors).toEqual([]);
  });

  it('answers an access question with no block and no route, drawing neither', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?view=access&provider=baidu&region=us&asOf=2024-08-01'));
    await settled(page);
    expect(await page.locator('.verdict').textContent()).toMatch(
      /^Not reachable on 2024-08-01\. Nothing blocks Baidu in United States/,
    );
    const drawing = page.locator('#access-drawing');
    expect(await drawing.getAttribute('data-edges-blocked')).toBeNull();
    expect(await drawing.getAttribute('data-edges-route')).toBeNull();
    expect(await page.locator('.blocks').textContent()).toContain('No restriction blocks');
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: Enter picks what is typed, arrows choose, a day is typed whole', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/'));
    const search = page.getByRole('combobox', { name: 'Search entities' });
    // Enter right after typing, before any suggestion has come: it asks, then picks.
    await search.fill('openai');
    await search.press('Enter');
    await settled(page);
    await expect.poll(() => state(page).get('entity')).toBe('openai');

    await search.fill('microsoft');
    const options = page.getByRole('option');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const second = await options.nth(1).getAttribute('data-id');
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect.poll(() => state(page).get('entity')).toBe(second);
    await settled(page);

    // A search the API refuses says why, and Enter then picks nothing.
    await search.fill('--');
    await expect.poll(() => page.locator('.suggestions [role="alert"]').count()).toBe(1);
    await search.press('Enter');
    expect(state(page).get('entity')).toBe(second);

    // The day field sets asOf when the day is complete, and dates do not fill the history.
    const steps = await page.evaluate(() => history.length);
    const day = page.getByLabel('As of (day)');
    await day.fill('2019-07-01');
    await day.press('Enter');
    await settled(page);
    expect(state(page).get('asOf')).toBe('2019-07-01');
    expect(await page.evaluate(() => history.length)).toBe(steps);
    expect(errors).toEqual([]);
  });

  it('jumps from the timeline to the fact on the card without reloading anything', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?entity=21vianet'));
    await settled(page);
    let asked = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked++;
    });
    const event = page.locator('#timeline .event[data-fact] a').first();
    const fact = await event.locator('..').getAttribute('data-fact');
    await event.click();
    expect(new URL(page.url()).hash).toBe(`#fact-${fact}`);
    await page.waitForTimeout(300);
    expect(asked).toBe(0);
    expect(await page.locator(`.card #fact-${fact}`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('restores a shared link, and Back returns to the view before', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?entity=microsoft&asOf=2024-01-01'));
    await settled(page);
    expect(await page.locator('#as-of-label').textContent()).toBe('2024-01-01');
    expect(await page.locator('.card h2').textContent()).toBe('Microsoft');
    await page.locator('.card a.entity[data-entity="openai"]').first().click();
    await settled(page);
    expect(await page.locator('.card h2').textContent()).toBe('OpenAI');
    expect(state(page).get('asOf')).toBe('2024-01-01');
    await page.goBack();
    await settled(page);
    expect(await page.locator('.card h2').textContent()).toBe('Microsoft');
    expect(errors).toEqual([]);
  });

  it('says what is wrong with a link to nothing, without breaking the page', async () => {
    const { page } = await browser.page();
    await page.goto(url('/?entity=no-such-entity&asOf=yesterday'));
    await settled(page);
    expect(await page.getByRole('alert').textContent()).toContain(
      'There is no entity with the id “no-such-entity”',
    );
    // The malformed day was dropped, not sent.
    expect(await page.locator('#as-of-label').textContent()).toBe('all dates');
  });
});
