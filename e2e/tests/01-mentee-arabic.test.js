// Flow 1: a mentee registers in Arabic on a phone. The page must be right-to-left, a wrong postal
// code must come back with everything that was typed and an error tied to its field, and the
// corrected form must reach the confirmation.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, shot, expectStatus, fillRegistration, submit, uniqueEmail, PHONE, COORDINATOR_PROGRAMME,
} from '../lib.js';

const FLOW = '1-mentee-ar-phone';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a mentee registers in Arabic on a phone', async () => {
  const context = await newContext(browser, { ...PHONE, locale: 'ar' });
  const page = await context.newPage();
  try {
    const home = await page.goto('/?lang=ar');
    expectStatus(home, 200, 'home page');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await shot(page, FLOW, 'home');

    // The first Tab shows the skip link inside the page, with a visible focus outline.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { cls: el.className, top: box.top, left: box.left, right: box.right, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.equal(skip.cls, 'skip', 'the first Tab reaches the skip link');
    assert.ok(skip.top >= 0 && skip.left >= 0 && skip.right <= 390, `the focused skip link is on screen: ${JSON.stringify(skip)}`);
    assert.ok(skip.outline !== 'none' && skip.width >= 2, `a visible focus outline: ${JSON.stringify(skip)}`);
    await shot(page, FLOW, 'skip-link-focused');
    await page.keyboard.press('Escape');

    // The page is no wider than the phone: nothing scrolls sideways.
    const width = page.viewportSize().width;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth) - width;
    assert.ok(overflow <= 0, `home page is ${overflow}px wider than the phone`);

    // A programme for adults (the children's programmes refuse a birth year of 1994).
    const card = page.locator('li.card h2 a[href^="/programmes/"]', { hasText: COORDINATOR_PROGRAMME }).first();
    const programmeName = await card.innerText();
    await Promise.all([page.waitForNavigation(), card.click()]);
    assert.match(page.url(), /\/programmes\/[^/]+$/);
    assert.equal(await page.locator('h1').innerText(), programmeName);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', 'the language choice is kept');
    await shot(page, FLOW, 'programme');

    await Promise.all([page.waitForNavigation(), page.locator('a.button[href*="side=mentee"]').click()]);
    assert.match(page.url(), /\/register\?side=mentee/);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'the form fits the phone');
    await shot(page, FLOW, 'form-empty');

    const email = uniqueEmail('mentee-ar');
    const person = {
      first_name: 'ليلى',
      last_name: 'حداد',
      email,
      phone: '+49 511 1234567',
      postal_code: '301',
      birth_year: '1994',
      gender: 'female',
      gender_preference: 'same_gender',
      languages: [['ar', 'native'], ['de', 'A2']],
      availability: ['1-2', '3-1'],
      interests: 'طبخ, كرة القدم',
      goals: 'Deutsch lernen',
      consent: true,
    };
    await fillRegistration(page, person);
    await shot(page, FLOW, 'form-filled-invalid');

    const rejected = await submit(page, 'form.card button[type="submit"]');
    expectStatus(rejected, 422, 'registration with a wrong postal code');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');

    // Everything typed is still there.
    assert.equal(await page.inputValue('#first_name'), person.first_name);
    assert.equal(await page.inputValue('#last_name'), person.last_name);
    assert.equal(await page.inputValue('#email'), email);
    assert.equal(await page.inputValue('#phone'), person.phone);
    assert.equal(await page.inputValue('#postal_code'), '301');
    assert.equal(await page.inputValue('#birth_year'), '1994');
    assert.equal(await page.inputValue('#gender'), 'female');
    assert.equal(await page.inputValue('#gender_preference'), 'same_gender');
    assert.equal(await page.inputValue('#language_0'), 'ar');
    assert.equal(await page.inputValue('#level_0'), 'native');
    assert.equal(await page.inputValue('#language_1'), 'de');
    assert.equal(await page.inputValue('#level_1'), 'A2');
    assert.ok(await page.isChecked('input[name="availability"][value="1-2"]'));
    assert.ok(await page.isChecked('input[name="availability"][value="3-1"]'));
    assert.ok(!(await page.isChecked('input[name="availability"][value="0-0"]')));
    assert.equal(await page.inputValue('#interests'), person.interests);
    assert.ok(await page.isChecked('#consent'));

    // The error is tied to the field, and only that field is marked.
    const postal = page.locator('#postal_code');
    assert.equal(await postal.getAttribute('aria-invalid'), 'true');
    const describedBy = await postal.getAttribute('aria-describedby');
    assert.ok(describedBy, 'postal code field has aria-describedby');
    const message = page.locator(`#${describedBy}`);
    assert.equal(await message.count(), 1, `#${describedBy} exists once`);
    assert.ok((await message.innerText()).trim().length > 0, 'the error message has text');
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 1, 'only the postal code is marked invalid');
    assert.ok(await page.locator('[role="alert"]').isVisible(), 'a summary announces the errors');
    // The accessible description a screen reader reads out is the error text.
    const description = await page.evaluate(() => {
      const field = document.getElementById('postal_code');
      return field.getAttribute('aria-describedby').split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent.trim()).join(' ');
    });
    assert.equal(description, (await message.innerText()).trim());
    await postal.scrollIntoViewIfNeeded();
    await shot(page, FLOW, 'form-error');

    await page.fill('#postal_code', '30159');
    const accepted = await submit(page, 'form.card button[type="submit"]');
    expectStatus(accepted, 200, 'registration confirmation');
    assert.match(page.url(), /\/programmes\/[^/]+\/registered$/);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok((await page.locator('h1').innerText()).trim().length > 0);
    assert.equal(await page.locator('main a[href^="/programmes/"]').innerText(), programmeName);
    await shot(page, FLOW, 'confirmation');
  } catch (error) {
    await shot(page, FLOW, 'FAILED').catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
