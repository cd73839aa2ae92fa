// Flow 6: page weight of the five pages a mentee sees, on a phone, in German and Arabic. The weight
// is the HTML plus every same-origin stylesheet, script and image the page loads, each compressed
// with gzip here in Node (so the figure does not depend on whether the server compresses; the
// table notes whether it did, and what crossed the wire). A page over 30 KB fails, and so does any asset from another origin.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, recordLoads, table, shot, coordinatorProgrammeId, proposalLink, PHONE,
} from '../lib.js';

const FLOW = '6-weight';
const BUDGET = 30 * 1024;
let browser;
const ids = {};
const rows = [];

before(async () => {
  browser = await launch();
  const context = await newContext(browser, PHONE);
  ids.programme = await coordinatorProgrammeId(await context.newPage());
  await context.close();
  ids.proposal = await proposalLink(browser);
});

after(async () => {
  await browser?.close();
  console.log(`\nPage weight (gzip, computed in Node; budget ${BUDGET / 1024} KB per page)\n`);
  console.log(table(['page', 'lang', 'requests', 'raw KB', 'gzip KB', 'wire KB', 'server encoding', 'verdict'], rows));
  console.log('raw: uncompressed bytes; gzip: each response gzipped here (level 9), the budgeted figure;');
  console.log('wire: bytes received with headers, as the server sent them (compressed if it compresses).');
});

const PAGES = [
  ['home', () => '/'],
  ['programme', () => `/programmes/${ids.programme}`],
  ['register form', () => `/programmes/${ids.programme}/register?side=mentee`],
  ['confirmation', () => `/programmes/${ids.programme}/registered`],
  ['proposal', () => ids.proposal],
];

const kb = (bytes) => (bytes / 1024).toFixed(1);

for (const lang of ['de', 'ar']) {
  for (const [name, path] of PAGES) {
    test(`weight: ${name} [${lang}]`, async () => {
      const target = path();
      assert.ok(target, `no URL for ${name}`);
      // A fresh context: nothing cached, every asset is loaded.
      const context = await newContext(browser, { ...PHONE, locale: lang });
      const page = await context.newPage();
      try {
        const recorder = recordLoads(page);
        await page.goto(`${target}${target.includes('?') ? '&' : '?'}lang=${lang}`, { waitUntil: 'networkidle' });
        const { loads, foreign } = await recorder.done();
        const raw = loads.reduce((sum, l) => sum + l.bytes, 0);
        const gzip = loads.reduce((sum, l) => sum + l.gzip, 0);
        const wire = loads.reduce((sum, l) => sum + l.wire, 0);
        const encodings = [...new Set(loads.map((l) => `${l.type}:${l.encoding}`))].join(' ');
        const ok = gzip <= BUDGET && foreign.length === 0;
        rows.push([name, lang, loads.length, kb(raw), kb(gzip), kb(wire), encodings, ok ? 'ok' : 'OVER']);
        if (lang === 'de' && name === 'home') await shot(page, FLOW, 'home-de');
        assert.deepEqual(foreign, [], `${name} loads assets from other origins`);
        assert.ok(loads.some((l) => l.type === 'document'), 'the HTML was measured');
        assert.ok(gzip <= BUDGET, `${name} [${lang}] weighs ${kb(gzip)} KB gzipped, over ${BUDGET / 1024} KB:\n${loads.map((l) => `  ${l.url} ${kb(l.gzip)} KB`).join('\n')}`);
      } finally {
        await context.close();
      }
    });
  }
}
