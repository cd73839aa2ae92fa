// Shared helpers of the browser tests: the server run.sh started, Chromium, screenshots, axe-core,
// page weight and the mail folder. Everything is configured through environment variables that
// run.sh sets; see run.sh.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);

function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the browser tests with bash e2e/run.sh`);
  return value;
}

export const BASE = env('E2E_BASE_URL').replace(/\/$/, '');
export const MAIL_DIR = env('E2E_MAIL_DIR');
export const PASSWORD = env('E2E_PASSWORD');
export const SHOTS = env('E2E_SCREENSHOTS');
export const RUN_ID = process.env.E2E_RUN_ID || String(Date.now());

/** The demo coordinator whose programme the tests work in (Hannover, postal codes 30xxx). */
export const COORDINATOR = 'coordinator@swaf-hannover.demo.tandem.test';
export const COORDINATOR_PROGRAMME = 'Start with a Friend';

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
}

/** A fresh browser context (own cookies) that records every request it makes. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ baseURL: BASE, ...options });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Screenshots are numbered per flow so the folder reads as a story. */
const counters = new Map();
export async function shot(page, flow, step) {
  mkdirSync(SHOTS, { recursive: true });
  const n = (counters.get(flow) || 0) + 1;
  counters.set(flow, n);
  const file = join(SHOTS, `${flow}-${String(n).padStart(2, '0')}-${step}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails unless the response of a navigation has the expected status. */
export function expectStatus(response, status, what) {
  assert.ok(response, `${what}: no response`);
  assert.equal(response.status(), status, `${what}: HTTP ${response.status()} at ${response.url()}`);
}

/** The first programme card on the home page whose title contains `name`, as an absolute path. */
export async function programmePath(page, name) {
  const links = page.locator('li.card h2 a[href^="/programmes/"]');
  const count = await links.count();
  for (let i = 0; i < count; i += 1) {
    const text = await links.nth(i).innerText();
    if (!name || text.includes(name)) return links.nth(i).getAttribute('href');
  }
  throw new Error(`no programme card "${name}" on ${page.url()}`);
}

/** Fills the registration form; `person` holds the field values. */
export async function fillRegistration(page, person) {
  for (const field of ['first_name', 'last_name', 'email', 'phone', 'postal_code', 'birth_year']) {
    if (person[field] !== undefined) await page.fill(`#${field}`, person[field]);
  }
  if (person.gender) await page.selectOption('#gender', person.gender);
  if (person.gender_preference) await page.selectOption('#gender_preference', person.gender_preference);
  for (const [index, [code, level]] of (person.languages || []).entries()) {
    await page.selectOption(`#language_${index}`, code);
    await page.selectOption(`#level_${index}`, level);
  }
  for (const slot of person.availability || []) {
    await page.check(`input[name="availability"][value="${slot}"]`);
  }
  for (const field of ['interests', 'goals', 'profession']) {
    if (person[field] !== undefined) await page.fill(`#${field}`, person[field]);
  }
  if (person.capacity !== undefined) await page.fill('#capacity', person.capacity);
  await answerIntakeQuestions(page);
  if (person.consent) await page.check('#consent');
}

/** Answers the programme's own questions, if it asks any: the first choice, or a plain value. */
async function answerIntakeQuestions(page) {
  const questions = page.locator('fieldset.intake-questions');
  if (!(await questions.count())) return;
  const groups = new Set(
    await questions.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((i) => i.name)),
  );
  for (const name of groups) await questions.locator(`input[type="radio"][name="${name}"]`).first().check();
  for (const input of await questions.locator('input:not([type="radio"]):not([type="checkbox"])').all()) {
    if (await input.inputValue()) continue;
    const type = await input.getAttribute('type');
    const mode = await input.getAttribute('inputmode');
    await input.fill(type === 'date' ? '2026-01-15' : mode === 'decimal' ? '2' : 'Angabe');
  }
}

/** Submits the form the given button belongs to and waits for the next page. */
export async function submit(page, selector = 'form.card button[type="submit"]') {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(selector).first().click(),
  ]);
  return response;
}

export function uniqueEmail(prefix) {
  return `${prefix}-${RUN_ID}-${Math.floor(Math.random() * 1e6)}@e2e.tandem.test`;
}

/** Logs a staff member in (German) and returns the page on /coordinator or wherever it lands. */
export async function login(page, email, { screenshot } = {}) {
  const response = await page.goto('/login?lang=de');
  expectStatus(response, 200, 'login page');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  if (screenshot) await shot(page, screenshot, 'login-form');
  await submit(page, 'form.card button[type="submit"]');
  assert.ok(!page.url().includes('/login'), `log-in as ${email} failed: still on ${page.url()}`);
}

// ---- axe-core ----------------------------------------------------------------------------------

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page (WCAG 2.x A/AA and best practices). Returns the violations. The script
 * is evaluated through the DevTools protocol, so the page's Content-Security-Policy stays on.
 */
export async function axe(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  });
}

export function describeViolations(violations) {
  return violations
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `      ${n.target}\n        ${(n.summary || '').replace(/\n/g, '\n        ')}`).join('\n')}`)
    .join('\n');
}

// ---- page weight -------------------------------------------------------------------------------

/**
 * Records what a page loads: call before the navigation, then `done()` after it. Returns for every
 * response its URL, type, size and gzip size, and the requests to other origins.
 */
export function recordLoads(page) {
  const origin = new URL(BASE).origin;
  const responses = [];
  const foreign = [];
  const onRequest = (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  };
  const onResponse = (response) => responses.push(response);
  page.on('request', onRequest);
  page.on('response', onResponse);
  return {
    async done() {
      page.off('request', onRequest);
      page.off('response', onResponse);
      const loads = [];
      for (const response of responses) {
        const url = response.url();
        if (new URL(url).origin !== origin) continue;
        if (response.status() >= 300 && response.status() < 400) continue;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const headers = await response.allHeaders();
        const sizes = await response.request().sizes().catch(() => ({ responseBodySize: body.length, responseHeadersSize: 0 }));
        loads.push({
          url,
          type: response.request().resourceType(),
          bytes: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          encoding: headers['content-encoding'] || 'none',
          // What actually crossed the wire: the body as the server sent it, plus the headers.
          wire: sizes.responseBodySize + sizes.responseHeadersSize,
        });
      }
      return { loads, foreign };
    },
  };
}

// ---- mails -------------------------------------------------------------------------------------

function decodeQuotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeHeader(value) {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset, kind, data) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')));
}

/** Parses one `.eml` file as the mail folder transport writes it (RFC 5322, one text part). */
export function parseMail(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeHeader(line.slice(colon + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] || '7bit').toLowerCase();
  let text = body;
  if (encoding === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') text = decodeQuotedPrintable(body);
  return { headers, text, to: (headers.to || '').toLowerCase(), subject: headers.subject || '' };
}

export function readMails() {
  if (!existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => ({ file: name, ...parseMail(readFileSync(join(MAIL_DIR, name), 'utf8')) }));
}

/** Waits until the mail job has written a mail to `email` (it runs every 10 s). */
export async function waitForMail(email, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = readMails().find((m) => m.to.includes(email.toLowerCase()));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${email} in ${MAIL_DIR} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The personal proposal link in a mail, as a path on the server under test. */
export function proposalPath(mail) {
  const path = proposalPathIfAny(mail);
  assert.ok(path, `no proposal link in the mail to ${mail.to}:\n${mail.text}`);
  return path;
}

/** The proposal link of a mail that has one; other mails (a started tandem's meeting link) give null. */
function proposalPathIfAny(mail) {
  const match = mail.text.match(/https?:\/\/[^\s/]+(\/proposal\/[A-Za-z0-9_\-.~%]+)/);
  return match ? match[1] : null;
}

// ---- tables ------------------------------------------------------------------------------------

export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---- a proposal to look at ---------------------------------------------------------------------

/** The id of the coordinator's programme, from the public list. */
export async function coordinatorProgrammeId(page) {
  await page.goto('/?lang=de');
  const card = page.locator('li.card h2 a[href^="/programmes/"]', { hasText: COORDINATOR_PROGRAMME }).first();
  return (await card.getAttribute('href')).split('/').pop();
}

/**
 * A personal proposal link that can still be answered: from the mails already written (the
 * coordinator flow sends some), or else the coordinator starts and sends a matching run now.
 */
export async function proposalLink(browser) {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  const fromMails = async () => {
    for (const mail of readMails()) {
      const link = proposalPathIfAny(mail);
      if (!link) continue;
      await page.goto(link);
      if (await page.locator('input[name="answer"][value="accept"]').count()) return link;
    }
    return null;
  };
  try {
    let link = await fromMails();
    if (link) return link;
    const programme = await coordinatorProgrammeId(page);
    await login(page, COORDINATOR);
    await page.goto(`/coordinator/programmes/${programme}/matching`);
    await submit(page, `form[action$="/programmes/${programme}/matching"] button[type="submit"]`);
    assert.match(page.url(), /\/coordinator\/runs\//, 'a matching run was started');
    await submit(page, 'form[action$="/send"] button');
    const deadline = Date.now() + 45_000;
    while (!link && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      link = await fromMails();
    }
    assert.ok(link, 'a proposal mail arrived');
    return link;
  } finally {
    await context.close();
  }
}
