// A strict Content-Security-Policy: the site's and the offline copy's policies allow no inline
// script except the offline copy's own (by its hash), no plug-in, no <base>, no form posting and at
// most the site's own connections; using the page (analysis in the worker, every view, every export
// and import, a reload) and the offline copy (from file://, and the copy it saves of itself)
// reports no violation; a script injected into the page is refused and reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { launch, openPage, analyse, openView, violations, FR_ARTICLE, EN_ARTICLE, URL, shot } from './helpers.mjs';

let browser, page;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The policy of `html`'s CSP <meta> as { directive: [sources] }. */
function policy(html) {
  const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  assert.ok(m, 'a Content-Security-Policy <meta>');
  assert.ok(html.indexOf(m[0]) < html.search(/<script/i), 'the policy comes before every script');
  return Object.fromEntries(m[1].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
}

/** The inline scripts of `html` that a browser would run (not data blocks). */
function inlineScripts(html) {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs, body]) => !/\bsrc=/.test(attrs) && body.trim() && !/type="application\/(octet-stream|json)"/.test(attrs))
    .map(([, attrs, body]) => ({ attrs, body }));
}

function strictBasics(p, where) {
  for (const d of ['object-src', 'base-uri', 'form-action']) assert.deepEqual(p[d], ["'none'"], `${where}: ${d}`);
  const scripts = p['script-src'] ?? p['default-src'];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'blob:', 'data:', '*', 'http:', 'https:']) {
    assert.ok(!scripts.includes(bad), `${where}: script-src ${scripts.join(' ')} allows ${bad}`);
  }
  assert.ok(!(p['worker-src'] ?? []).includes('blob:'), `${where}: worker-src allows blob:`);
}

async function useEverything(p, where) {
  await analyse(p, FR_ARTICLE, '2025-05-06');
  await analyse(p, EN_ARTICLE, '2025-02-10');
  const downloads = [];
  const save = async (sel) => {
    const [d] = await Promise.all([p.waitForEvent('download'), p.click(sel)]);
    downloads.push(readFileSync(await d.path()));
  };
  await p.click('[data-testid=events] tbody tr');
  await save('[data-testid=export-json]');
  await save('[data-testid=export-csv]');
  for (const k of [1, 2, 3]) {
    await openView(p, k);
    if (k === 1) { await save('[data-testid=timeline-svg]'); await save('[data-testid=timeline-png]'); }
    if (k === 2) { await save('[data-testid=network-graphml]'); await save('[data-testid=network-png]'); }
  }
  await openView(p, 0);
  assert.equal(downloads[3].subarray(1, 4).toString(), 'PNG', `${where}: the PNG export drew`);
  await p.setInputFiles('[data-testid=import-json]', { name: 'back.json', mimeType: 'application/json', buffer: downloads[0] });
  await p.waitForSelector('[data-testid=documents] li:nth-child(4)');
  await p.selectOption('[data-testid=theme]', 'dark');
  await p.click('[data-testid=ui-lang]');
  await p.waitForTimeout(300);
}

test("the site's policy is strict", async () => {
  const html = await (await fetch(URL)).text();
  const p = policy(html);
  strictBasics(p, 'site');
  assert.deepEqual(p['script-src'].sort(), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(['self', 'none'].some((s) => p['connect-src']?.join(' ') === `'${s}'`), `connect-src ${p['connect-src']}`);
  assert.deepEqual(inlineScripts(html), [], 'no inline script in index.html');
});

test('using the page reports no violation; an injected script is refused', { timeout: 120000 }, async () => {
  page = await openPage(browser, { locale: 'en-US' });
  await useEverything(page, 'site');
  assert.equal(await page.getAttribute('.app', 'data-analysis'), 'worker', 'the worker ran');
  await page.reload();
  await page.waitForSelector('[data-testid=actors] tbody tr');
  await page.waitForSelector('.progress', { state: 'detached' });
  assert.deepEqual(await violations(page), [], 'no CSP violation while the page was used');
  assert.deepEqual(page.outside, []);
  // the policy is enforced and the recorder sees it: an inline script added to the page is refused
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return window.__injected === true;
  });
  assert.equal(ran, false, 'an injected inline script does not run');
  assert.ok((await violations(page)).some((v) => v.startsWith('script-src')), 'and a violation is reported');
  await page.context().close();
});

test('the offline copy: hashed script only, no network, no violation, and it saves itself', { timeout: 180000 }, async () => {
  const site = await openPage(browser, { locale: 'en-US' });
  const [d] = await Promise.all([site.waitForEvent('download'), site.click('[data-testid=download-app]')]);
  const dir = mkdtempSync(tmpdir() + '/trame-csp-');
  const file = dir + '/trame.html';
  copyFileSync(await d.path(), file);
  await site.context().close();
  const html = readFileSync(file, 'utf8');
  const p = policy(html);
  strictBasics(p, 'offline copy');
  assert.deepEqual(p['default-src'], ["'none'"]);
  assert.deepEqual(p['connect-src'], ["'none'"]);
  const scripts = inlineScripts(html);
  assert.equal(scripts.length, 1, 'one inline script');
  const hash = `'sha256-${createHash('sha256').update(scripts[0].body).digest('base64')}'`;
  assert.deepEqual(p['script-src'].sort(), [hash, "'wasm-unsafe-eval'"].sort(), 'allowed by its hash alone');

  const off = await openPage(browser, { locale: 'en-US', url: null, offline: true });
  await off.goto('file://' + file);
  await off.waitForSelector('[data-testid=article]');
  await useEverything(off, 'offline copy');
  assert.equal(await off.getAttribute('.app', 'data-analysis'), 'main-thread');
  assert.deepEqual(await violations(off), [], 'no CSP violation in the offline copy');
  // its own Download button saves the copy (it has no trame-offline.html beside it)
  const [self] = await Promise.all([off.waitForEvent('download'), off.click('[data-testid=download-app]')]);
  const again = dir + '/trame-again.html';
  copyFileSync(await self.path(), again);
  await off.waitForSelector('[data-testid=notice]');
  assert.match(await off.textContent('[data-testid=notice]'), /trame\.html/);
  assert.deepEqual(inlineScripts(readFileSync(again, 'utf8')).map((s) => s.body), [scripts[0].body], 'the same script');
  await off.goto('file://' + again);
  await off.waitForSelector('[data-testid=article]');
  await analyse(off, FR_ARTICLE, '2025-05-06');
  assert.deepEqual(await violations(off), [], 'no CSP violation in the copy of the copy');
  assert.deepEqual(off.outside, []);
  await shot(off, 'offline-copy-of-copy.png');
  await off.context().close();
});
