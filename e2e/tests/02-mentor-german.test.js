// Flow 2: a mentor registers in German on a desktop browser.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, shot, expectStatus, fillRegistration, submit, uniqueEmail, DESKTOP,
} from '../lib.js';

const FLOW = '2-mentor-de-desktop';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a mentor registers in German on a desktop', async () => {
  const context = await newContext(browser, { ...DESKTOP, locale: 'de-DE' });
  const page = await context.newPage();
  try {
    expectStatus(await page.goto('/?lang=de'), 200, 'home page');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await shot(page, FLOW, 'home');

    const cards = page.locator('li.card h2 a[href^="/programmes/"]');
    const card = (await cards.count()) > 1 ? cards.nth(1) : cards.first();
    const programmeName = await card.innerText();
    await Promise.all([page.waitForNavigation(), card.click()]);
    assert.equal(await page.locator('h1').innerText(), programmeName);
    await shot(page, FLOW, 'programme');

    await Promise.all([page.waitForNavigation(), page.locator('a.button[href*="side=mentor"]').click()]);
    assert.match(page.url(), /\/register\?side=mentor/);
    assert.equal(await page.inputValue('input[name="side"]'), 'mentor');
    assert.equal(await page.locator('#capacity').count(), 1, 'mentors are asked how many mentees they take');
    await shot(page, FLOW, 'form-empty');

    await fillRegistration(page, {
      first_name: 'Jürgen',
      last_name: 'Meyer-Özdemir',
      email: uniqueEmail('mentor-de'),
      postal_code: '30159',
      birth_year: '1968',
      gender: 'male',
      gender_preference: 'any',
      languages: [['de', 'native'], ['en', 'B2'], ['ar', 'A1']],
      availability: ['0-2', '2-2', '5-0'],
      interests: 'Radfahren, Kochen',
      goals: 'Begleitung bei Behörden',
      profession: 'Ingenieur',
      capacity: '2',
      consent: true,
    });
    await shot(page, FLOW, 'form-filled');
    const response = await submit(page, 'form.card button[type="submit"]');
    expectStatus(response, 200, 'registration confirmation');
    assert.match(page.url(), /\/registered$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.locator('main a[href^="/programmes/"]').innerText(), programmeName);
    await shot(page, FLOW, 'confirmation');
  } catch (error) {
    await shot(page, FLOW, 'FAILED').catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
