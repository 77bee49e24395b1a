import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS } from './artifacts.js';

/** Debian's chromium (apt-get install chromium; .ci/run does), or $CHROMIUM_PATH. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for the whole file. The flags keep it off the network it cannot reach
 * here (updates, sync, QUIC), which would otherwise slow every start.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(() => browser?.close());
  return {
    /** A new page that records what the browser reported as errors. */
    async page(): Promise<{ page: Page; errors: string[] }> {
      if (!browser) throw new Error('The browser has not started.');
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (entry) => {
        if (entry.type() === 'error') errors.push(`console: ${entry.text()}`);
      });
      return { page, errors };
    },
  };
}

export async function screenshot(page: Page, folder: string, name: string): Promise<void> {
  const dir = join(ARTIFACTS, folder);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** A picture of one part of the page (a drawing), beside the page's screenshots. */
export async function screenshotOf(part: Locator, folder: string, name: string): Promise<void> {
  const dir = join(ARTIFACTS, folder);
  mkdirSync(dir, { recursive: true });
  await part.screenshot({ path: join(dir, `${name}.png`) });
}
