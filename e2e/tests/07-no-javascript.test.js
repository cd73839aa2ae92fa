// The public pages work with JavaScript switched off: the list, a programme, and a registration
// that is first refused and then sent, in German and in Arabic.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, shot, expectStatus, fillRegistration, submit, uniqueEmail, PHONE, DESKTOP,
} from '../lib.js';

const FLOW = '7-no-js';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [lang, device] of [['de', DESKTOP], ['ar', PHONE]]) {
  test(`registration works without JavaScript [${lang}]`, async () => {
    const context = await newContext(browser, { ...device, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      expectStatus(await page.goto(`/?lang=${lang}`), 200, 'home page');
      assert.equal(await page.locator('noscript').count(), 0, 'nothing asks for JavaScript');
      const card = page.locator('li.card h2 a[href^="/programmes/"]').last();
      await Promise.all([page.waitForNavigation(), card.click()]);
      await Promise.all([page.waitForNavigation(), page.locator('a.button[href*="side=mentee"]').click()]);
      await shot(page, FLOW, `${lang}-form`);

      // Without the postal code and the consent: refused, everything kept.
      const email = uniqueEmail(`nojs-${lang}`);
      await fillRegistration(page, {
        first_name: lang === 'ar' ? 'يوسف' : 'Yusuf',
        last_name: lang === 'ar' ? 'الخطيب' : 'Al-Chatib',
        email,
        birth_year: '2001',
        languages: [['ar', 'native'], ['de', 'A2']],
        availability: ['4-1'],
      });
      expectStatus(await submit(page), 422, 'incomplete registration');
      assert.equal(await page.inputValue('#email'), email);
      assert.equal(await page.locator('#postal_code').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#consent').getAttribute('aria-invalid'), 'true');
      await shot(page, FLOW, `${lang}-errors`);

      await page.fill('#postal_code', '49074');
      await page.check('#consent');
      expectStatus(await submit(page), 200, 'registration');
      assert.match(page.url(), /\/registered$/);
      await shot(page, FLOW, `${lang}-confirmation`);
    } catch (error) {
      await shot(page, FLOW, `${lang}-FAILED`).catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  });
}
