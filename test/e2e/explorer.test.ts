import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../explorer/src/state.js';
import { loadSeed } from '../../src/load/load.js';
import { screenshot, useBrowser } from '../support/browser.js';
import { useTestDatabase } from '../support/database.js';
import { useExplorer } from '../support/explorer.js';

/**
 * The explorer, built from explorer/ by Vite as in production, served by the API at `/`, on
 * the curated seed, driven in headless Chromium as a person would use it.
 */
describe('the explorer at /', () => {
  const db = useTestDatabase();
  const browser = useBrowser();
  const { url, settled } = useExplorer(db, () => loadSeed(db.driver(), db.database, 'seed'));
  const state = (page: Page) => new URL(page.url()).searchParams;

  it('searches with suggestions, tolerating a typo, and opens the entity card', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/'));
    await page.getByRole('combobox', { name: 'Search entities' }).fill('21vianett');
    const suggestion = page.getByRole('option').filter({ hasText: '21Vianet' }).first();
    await expect.poll(() => suggestion.isVisible()).toBe(true);
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

    // Before Sam Altman's role began (2019) the path goes another way or not at all.
    await page.locator('#as-of-slider').fill(String(dayNumber('2015-01-01')));
    await settled(page);
    const before = await page.locator('#path-steps').textContent();
    expect(before).not.toMatch(/role.*\(2019/);
    expect(errors).toEqual([]);
  });

  it('draws the founding story: the block, and the route through Azure OpenAI and 21Vianet', async () => {
    const { page, errors } = await browser.page();
    await page.goto(url('/?view=access&asOf=2024-08-01'));
    await settled(page);
    expect(await page.getByRole('combobox', { name: 'Provider' }).inputValue()).toBe('OpenAI');
    expect(await page.locator('.verdict').textContent()).toMatch(/^Reachable on 2024-08-01/);
    const block = page.locator('.blocks [data-fact="openai-api-block-china-2024"]');
    expect(await block.locator('a.source').count()).toBeGreaterThan(0);
    const routes = page.locator('.route[data-product="azure-openai-service"] h4');
    expect(await routes.allTextContents()).toContainEqual(
      expect.stringMatching(/^Azure OpenAI Service operated by 21Vianet for Microsoft/),
    );
    const drawn = await page.locator('#access-drawing .drawn-entities a').allTextContents();
    expect(drawn).toEqual(expect.arrayContaining(['OpenAI', 'Azure OpenAI Service', '21Vianet']));
    await screenshot(page, 'explorer', '5-founding-story');
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
