// Flow 3: a coordinator logs in, screens two new registrations, forms a tandem by hand and starts
// it; then starts a matching run, sends its proposals, and both people of one proposal accept
// through the personal links in the e-mails the server wrote into its mail folder.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, shot, expectStatus, fillRegistration, submit, uniqueEmail, login,
  waitForMail, proposalPath, DESKTOP, PHONE, COORDINATOR, COORDINATOR_PROGRAMME, BASE,
} from '../lib.js';

const FLOW = '3-coordinator';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Letters only: person names refuse digits. */
function tag() {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = 'Zet';
  for (let i = 0; i < 6; i += 1) out += letters[Math.floor(Math.random() * letters.length)];
  return out;
}

async function registerPerson(programmeId, side, firstName, lastName) {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  try {
    expectStatus(await page.goto(`/programmes/${programmeId}/register?side=${side}&lang=de`), 200, 'registration form');
    await fillRegistration(page, {
      first_name: firstName,
      last_name: lastName,
      email: uniqueEmail(side),
      postal_code: side === 'mentee' ? '30159' : '30161',
      birth_year: side === 'mentee' ? '1999' : '1975',
      gender: 'not_stated',
      gender_preference: 'any',
      languages: [['de', side === 'mentee' ? 'A2' : 'native'], ['en', 'B1']],
      availability: ['0-2', '1-2', '2-2', '3-2'],
      interests: 'Fußball, Kochen',
      capacity: side === 'mentor' ? '1' : undefined,
      consent: true,
    });
    expectStatus(await submit(page), 200, `${side} registration`);
    assert.match(page.url(), /\/registered$/);
  } finally {
    await context.close();
  }
}

/** Opens a person's page from the filtered people list and screens them to `ready`. */
async function screenToReady(page, peopleUrl, name) {
  expectStatus(await page.goto(peopleUrl), 200, 'people list');
  await page.fill('#q', name.split(' ').pop());
  await submit(page, 'form.filters button[type="submit"]');
  const link = page.locator('table a[href^="/coordinator/people/"]', { hasText: name.split(' ')[0] });
  assert.equal(await link.count(), 1, `one person called ${name} in the list`);
  await Promise.all([page.waitForNavigation(), link.click()]);
  const id = page.url().split('/').pop();
  const button = page.locator('form[action$="/screen"]:has(input[name="status"][value="ready"]) button');
  assert.equal(await button.count(), 1, 'the person can be screened to "ready"');
  const before = await page.locator('p.meta').innerText();
  await shot(page, FLOW, `person-${name.split(' ')[0].toLowerCase()}-registered`);
  await Promise.all([page.waitForNavigation(), button.click()]);
  assert.match(page.url(), new RegExp(`/coordinator/people/${id}$`));
  const after = await page.locator('p.meta').innerText();
  assert.notEqual(after, before, 'the status shown changed');
  assert.equal(await button.count(), 0, 'no second "ready" after screening');
  await shot(page, FLOW, `person-${name.split(' ')[0].toLowerCase()}-ready`);
  return id;
}

async function emailOf(page, personId) {
  expectStatus(await page.goto(`/coordinator/people/${personId}`), 200, 'person page');
  const values = await page.locator('dl.facts dd').allInnerTexts();
  const email = values.map((v) => v.trim()).find((v) => /^[^\s@]+@[^\s@]+$/.test(v));
  assert.ok(email, `an e-mail address on the page of ${personId}`);
  return email;
}

async function tandemAction(page, action) {
  const button = page.locator(`form[action$="/action"]:has(input[name="action"][value="${action}"]) button`);
  assert.equal(await button.count(), 1, `tandem action ${action} is offered`);
  const statusBefore = await page.locator('#tandem-status').innerText();
  await Promise.all([page.waitForNavigation(), button.click()]);
  assert.match(page.url(), /\/coordinator\/tandems\/[^/]+$/);
  await shot(page, FLOW, `tandem-${action}`);
  return { statusBefore, statusAfter: await page.locator('#tandem-status').innerText() };
}

test('a coordinator screens, forms a tandem, runs matching and people accept by e-mail link', async () => {
  const context = await newContext(browser, { ...DESKTOP, locale: 'de-DE' });
  const page = await context.newPage();
  try {
    // The coordinator's programme, from the public list.
    expectStatus(await page.goto('/?lang=de'), 200, 'home page');
    const card = page.locator('li.card h2 a[href^="/programmes/"]', { hasText: COORDINATOR_PROGRAMME }).first();
    const programmeId = (await card.getAttribute('href')).split('/').pop();

    const suffix = tag();
    const menteeName = `Amal ${suffix}`;
    const mentorName = `Bernd ${suffix}`;
    await registerPerson(programmeId, 'mentee', 'Amal', suffix);
    await registerPerson(programmeId, 'mentor', 'Bernd', suffix);

    await login(page, COORDINATOR, { screenshot: FLOW });
    expectStatus(await page.goto('/coordinator'), 200, 'coordinator home');
    await shot(page, FLOW, 'coordinator-home');

    // The people list of the programme.
    const peopleLink = page.locator(`a[href="/coordinator/programmes/${programmeId}/people"]`).first();
    await Promise.all([page.waitForNavigation(), peopleLink.click()]);
    const peopleUrl = page.url();
    assert.ok((await page.locator('table tbody tr').count()) > 0, 'the people list shows people');
    await shot(page, FLOW, 'people');

    // Screening: both new registrations become ready.
    const menteeId = await screenToReady(page, peopleUrl, menteeName);
    const mentorId = await screenToReady(page, peopleUrl, mentorName);

    // The programme requires trainings: the coordinator records the ones the new mentor attended.
    expectStatus(await page.goto(`/coordinator/people/${mentorId}`), 200, 'mentor page');
    const missing = page.locator('#trainings ~ p.error[role="status"] bdi');
    const titles = (await missing.count()) ? (await missing.first().innerText()).split(', ') : [];
    for (const title of titles) {
      await page.fill('#training-title', title);
      await page.fill('#training-held-on', '2026-01-15');
      await page.selectOption('#training-attended', 'yes');
      await submit(page, 'form[action$="/trainings"] button[type="submit"]');
    }
    assert.equal(await page.locator('#trainings ~ p.error[role="status"]').count(), 0, 'no training missing');

    // A tandem formed by hand, accepted on both sides and started.
    expectStatus(await page.goto(`/coordinator/programmes/${programmeId}/tandems/new`), 200, 'new tandem form');
    await page.selectOption('#mentor', mentorId);
    await page.selectOption('#mentee', menteeId);
    await shot(page, FLOW, 'tandem-new');
    await submit(page, 'form.card button[type="submit"]');
    assert.match(page.url(), /\/coordinator\/tandems\/[^/]+$/, `tandem created (${page.url()})`);
    const tandemUrl = page.url();
    assert.match(await page.locator('dl.facts').innerText(), new RegExp(suffix));
    await shot(page, FLOW, 'tandem-proposed');
    const proposed = await page.locator('#tandem-status').innerText();
    await tandemAction(page, 'accept_mentor');
    const { statusAfter: accepted } = await tandemAction(page, 'accept_mentee');
    assert.notEqual(accepted, proposed, 'both sides accepted: the status moved on');
    const { statusAfter: active } = await tandemAction(page, 'start');
    assert.notEqual(active, accepted, 'started: the status moved on');
    assert.equal(await page.locator('input[name="action"][value="start"]').count(), 0);
    assert.equal(await page.locator('input[name="action"][value="pause"]').count(), 1, 'an active tandem can be paused');

    // Matching: start a run for the programme, look at the proposals, send them.
    expectStatus(await page.goto(peopleUrl), 200, 'people list');
    await Promise.all([
      page.waitForNavigation(),
      page.locator(`a[href="/coordinator/programmes/${programmeId}/matching"]`).first().click(),
    ]);
    await shot(page, FLOW, 'matching');
    await submit(page, `form[action$="/programmes/${programmeId}/matching"] button[type="submit"]`);
    const error = page.locator('#matching-error');
    if (await error.count()) assert.fail(`matching run refused: ${await error.innerText()}`);
    assert.match(page.url(), /\/coordinator\/runs\/[^/]+$/, `run page (${page.url()})`);
    const runUrl = page.url();
    const rows = page.locator('#proposals tbody tr:not(.dropped)');
    assert.ok((await rows.count()) > 0, 'the run proposes at least one tandem');
    assert.ok((await page.locator('#proposals td.reasons').first().innerText()).trim().length > 0, 'proposals give reasons');
    await shot(page, FLOW, 'run-draft');
    const first = rows.first();
    const proposalMentee = (await first.locator('th a').getAttribute('href')).split('/').pop();
    const proposalMentor = (await first.locator('td a[href^="/coordinator/people/"]').first().getAttribute('href')).split('/').pop();

    await submit(page, 'form[action$="/send"] button');
    assert.equal(page.url(), runUrl);
    assert.equal(await page.locator('form[action$="/send"]').count(), 0, 'a sent run cannot be sent again');
    await shot(page, FLOW, 'run-sent');

    // The mails: each side has a personal link.
    const menteeEmail = await emailOf(page, proposalMentee);
    const mentorEmail = await emailOf(page, proposalMentor);
    const menteeMail = await waitForMail(menteeEmail);
    const mentorMail = await waitForMail(mentorEmail);
    const links = [proposalPath(menteeMail), proposalPath(mentorMail)];
    assert.notEqual(links[0], links[1], 'each side gets its own link');

    for (const [index, link] of links.entries()) {
      const who = index === 0 ? 'mentee' : 'mentor';
      const person = await newContext(browser, index === 0 ? PHONE : DESKTOP);
      const personal = await person.newPage();
      try {
        expectStatus(await personal.goto(link), 200, `${who}'s proposal link`);
        assert.equal(await personal.locator('a[href="/login"]').count(), 1, 'no log-in needed');
        const accept = personal.locator('form:has(input[name="answer"][value="accept"]) button');
        assert.equal(await accept.count(), 1, `${who} can accept`);
        await shot(personal, FLOW, `proposal-${who}`);
        await Promise.all([personal.waitForNavigation(), accept.click()]);
        assert.ok(await personal.locator('#proposal-notice').isVisible(), 'a notice confirms the answer');
        assert.equal(await accept.count(), 0, 'no second answer');
        await shot(personal, FLOW, `proposal-${who}-accepted`);
      } finally {
        await person.close();
      }
    }

    // Back with the coordinator: the proposal is now an accepted tandem.
    expectStatus(await page.goto(runUrl), 200, 'run page');
    const tandemLink = page.locator('#proposals tbody tr').filter({ has: page.locator(`a[href="/coordinator/people/${proposalMentee}"]`) })
      .locator('a[href^="/coordinator/tandems/"]');
    assert.equal(await tandemLink.count(), 1, 'the sent proposal links to its tandem');
    await Promise.all([page.waitForNavigation(), tandemLink.click()]);
    assert.equal(await page.locator('#tandem-status').innerText(), accepted, 'both accepted by link');
    await shot(page, FLOW, 'tandem-accepted-by-link');
    assert.ok(tandemUrl.startsWith(BASE));
  } catch (error) {
    await shot(page, FLOW, 'FAILED').catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
