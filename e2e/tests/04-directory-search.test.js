// Flow 4: a visitor finds a programme near a postal code with the search form on the home page.
// Contract: a GET form on `/` with a text input named `postal_code` (besides q, radius_km, kind,
// language, seeking) and a submit button; results are `li.card` elements, each with an
// `h2 a[href^="/programmes/"]`, sorted by distance and showing it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newContext, shot, expectStatus, DESKTOP, PHONE } from '../lib.js';

const FLOW = '4-directory-search';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The first distance in a card's text, in km ("3,2 km", "12 km", "٣٫٢ كم" is not parsed). */
function distanceOf(text) {
  // Fluent wraps numbers in bidi isolation marks (U+2066–U+2069); drop them and direction marks.
  const match = text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').match(/(\d+(?:[.,]\d+)?)\s*km\b/);
  return match ? Number(match[1].replace(',', '.')) : null;
}

for (const [lang, device] of [['de', DESKTOP], ['ar', PHONE]]) {
  test(`a visitor finds a programme near 30159 (${lang})`, async () => {
    const context = await newContext(browser, device);
    const page = await context.newPage();
    try {
      expectStatus(await page.goto(`/?lang=${lang}`), 200, 'home page');
      const input = page.locator('form input[name="postal_code"]');
      assert.equal(await input.count(), 1, 'one postal_code input on the home page');
      const form = page.locator('form:has(input[name="postal_code"])');
      assert.notEqual((await form.getAttribute('method') || 'get').toLowerCase(), 'post', 'the search is a GET form');
      // The input has a label (or an accessible name some other way).
      const name = await input.evaluate((el) => (el.labels && el.labels.length ? el.labels[0].textContent : el.getAttribute('aria-label') || '').trim());
      assert.ok(name, 'the postal code input has a label');
      await input.fill('30159');
      await shot(page, FLOW, `${lang}-form`);

      await Promise.all([
        page.waitForNavigation(),
        form.locator('button[type="submit"], button:not([type]), input[type="submit"]').first().click(),
      ]);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('postal_code'), '30159', `the URL carries postal_code=30159 (${page.url()})`);
      assert.equal(await page.inputValue('input[name="postal_code"]'), '30159', 'the form keeps the postal code');
      const cards = page.locator('li.card');
      const count = await cards.count();
      assert.ok(count >= 1, 'at least one programme found near 30159');
      for (let i = 0; i < count; i += 1) {
        assert.equal(await cards.nth(i).locator('h2 a[href^="/programmes/"]').count(), 1, `card ${i + 1} links to its programme`);
      }
      if (lang === 'de') {
        const distances = [];
        for (const text of await cards.allInnerTexts()) distances.push(distanceOf(text));
        assert.ok(distances[0] !== null, `the first result shows its distance in km: ${(await cards.first().innerText()).slice(0, 200)}`);
        const known = distances.filter((d) => d !== null);
        for (let i = 1; i < known.length; i += 1) {
          assert.ok(known[i] >= known[i - 1], `results sorted by distance: ${known.join(', ')}`);
        }
      }
      await shot(page, FLOW, `${lang}-results`);
    } catch (error) {
      await shot(page, FLOW, `${lang}-FAILED`).catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  });
}
