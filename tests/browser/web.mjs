// web.mjs - browser test of the sitrep web page: playwright-core drives
// Debian's chromium headless against a running `sitrep serve`.
//
//   BASE_URL=http://127.0.0.1:PORT SHOT=out.png node tests/browser/web.mjs
//
// Playwright starts chromium with a new empty profile of its own.
// Loads the page, filters by kind, clicks an event, checks its sentence is
// highlighted, drags a period on the timeline, reloads the shared URL and
// checks the view comes back, and that no request left 127.0.0.1.  Writes
// screenshots to SHOT (and SHOT with -detail / -period).  Exit 1 on failure.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const deps = process.env.NPM_DIR || new URL('../../.deps/npm/node_modules/', import.meta.url).pathname;
const { chromium } = require(join(deps, 'playwright-core'));
const base = process.env.BASE_URL;
const shot = process.env.SHOT || 'web.png';
const KIND = process.env.KIND || 'shelling_missile';
let pass = 0, fail = 0;
const ok = (cond, what) => { if (cond) pass++; else { fail++; console.log('FAIL: ' + what); } };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await ctx.newPage();
  const outside = [], errors = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') outside.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text()); });

  await page.goto(base + '/', { waitUntil: 'load' });
  await page.waitForSelector('#list li[data-id]', { timeout: 15000 });
  ok(/sitrep/.test(await page.title()), 'page title names sitrep');
  const all = await page.locator('#list li[data-id]').count();
  ok(all > 5, `list shows events (${all})`);
  ok(await page.locator('#f-kind option').count() > 2, 'kind filter has options');

  // filter by kind
  await page.selectOption('#f-kind', KIND);
  await page.waitForFunction((k) => location.hash.includes('kind=' + k) &&
    document.querySelector('#summary') && !/Loading/.test(document.querySelector('#summary').textContent), KIND);
  await page.waitForTimeout(300);
  const kinds = await page.locator('#list li[data-id] .kind').allTextContents();
  ok(kinds.length > 0 && kinds.length < all, `kind filter narrows the list (${kinds.length} of ${all})`);
  ok(kinds.every((t) => t.startsWith(KIND.replace(/_/g, ' '))), 'every listed event has the kind');

  // click an event with a place, see its highlighted sentence
  const row = page.locator('#list li[data-id]').filter({ hasNotText: 'place unknown' }).first();
  const id = await row.getAttribute('data-id');
  await row.click();
  await page.waitForSelector('#detail .sentence mark', { timeout: 10000 });
  const marks = await page.locator('#detail .sentence mark').allTextContents();
  ok(marks.length >= 2, `sentence has highlighted words (${marks.join(' | ')})`);
  ok(await page.locator('#detail .sentence mark.trigger').count() === 1, 'the trigger word is highlighted');
  ok((await page.locator('#detail .source').count()) >= 1, 'detail lists the reports');
  ok(page.url().includes('ev=' + id), 'selected event is in the URL');
  await page.screenshot({ path: shot.replace(/\.png$/, '-detail.png') });

  // the map: a click on a symbol or cluster does something
  const box = await page.locator('#map').boundingBox();
  ok(box && box.width > 300 && box.height > 200, 'map is drawn at a usable size');

  // the shared URL restores the view
  const url = page.url();
  const page2 = await ctx.newPage();
  await page2.goto(url, { waitUntil: 'load' });
  await page2.waitForSelector('#detail .sentence mark', { timeout: 10000 });
  ok(await page2.inputValue('#f-kind') === KIND, 'reloaded URL restores the kind filter');
  ok((await page2.locator('#list li.sel').getAttribute('data-id')) === id, 'reloaded URL restores the selected event');
  await page2.close();

  // a period brushed on the timeline
  await page.selectOption('#f-kind', '');
  await page.waitForTimeout(500);
  const tb = await page.locator('#timeline').boundingBox();
  await page.mouse.move(tb.x + tb.width * 0.45, tb.y + 40);
  await page.mouse.down();
  await page.mouse.move(tb.x + tb.width * 0.7, tb.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes('from=') && location.hash.includes('to='));
  await page.waitForTimeout(500);
  const h = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
  const dates = await page.locator('#list li[data-id] .date').allTextContents();
  ok(dates.length > 0 && dates.every((d) => d >= h.get('from') && d <= h.get('to')), `brushed period ${h.get('from')}..${h.get('to')} filters the list (${dates.length})`);
  await page.screenshot({ path: shot.replace(/\.png$/, '-period.png') });

  // the overview a new user sees
  await page.click('#f-clear');
  await page.waitForTimeout(800);
  await page.screenshot({ path: shot });

  ok(outside.length === 0, 'no request left 127.0.0.1: ' + outside.slice(0, 3).join(' '));
  ok(errors.length === 0, 'no script errors: ' + errors.slice(0, 3).join(' | '));
} catch (e) {
  fail++;
  console.log('FAIL: ' + (e && e.stack ? e.stack.split('\n').slice(0, 3).join(' ') : e));
} finally {
  await browser.close();
}
console.log(`browser: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
