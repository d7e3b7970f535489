// Shared by the end-to-end tests: the browser, fixtures (written for these tests), and the
// checks every test file applies (no Content-Security-Policy violation, no request off the machine).
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const URL = process.env.TRAME_URL ?? 'http://127.0.0.1:8080/';
export const SHOTS = new globalThis.URL('./screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/**
 * Keeps a screenshot of `page` in screenshots/ for a person to look at. Screenshots are records,
 * not checks: in CI (`CI` set, nobody looks) none is taken, because Chromium's capture, full-page
 * captures above all, has been seen to wedge a page on a loaded machine and take later tests with
 * it; elsewhere a capture gets ten seconds and a failure is logged, never thrown.
 */
export async function shot(page, name, { fullPage = false } = {}) {
  if (process.env.CI && !process.env.TRAME_SHOTS) return;
  await page.screenshot({ path: SHOTS + name, fullPage, timeout: 10000 })
    .catch((e) => console.log(`# screenshot ${name} not taken: ${e.message.split('\n')[0]}`));
}

// Two short articles in our own words, one per language, with events, places and relations.
export const FR_ARTICLE = `Manœuvres navales entre le Brésil et l'Afrique du Sud

Les marines brésilienne et sud-africaine ont commencé mardi un exercice conjoint au large du Cap, a indiqué la Défense sud-africaine. Les manœuvres doivent durer jusqu'au 14 mai.

Le ministre brésilien de la Défense José Múcio s'est rendu à Pretoria, où les deux pays ont signé un accord de coopération.`;

export const EN_ARTICLE = `Norway and Finland hold a joint winter drill

Norwegian and Finnish troops began a joint exercise in Lapland on Monday, the Finnish defence ministry said. The drill will last until 21 February.

Finland's defence minister Antti Häkkänen travelled to Oslo, where the two countries signed a logistics agreement. Russia criticised the drill.`;

/** Starts Debian's chromium. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * A page in a fresh context (its own storage) that records Content-Security-Policy violations
 * (`page.cspViolations`) and requests leaving the machine (`page.outside`).
 */
export async function openPage(browser, { locale = 'fr-FR', width = 1280, height = 900, url = URL, offline = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true, offline });
  const page = await context.newPage();
  page.cspViolations = [];
  page.outside = [];
  await page.addInitScript(() => {
    window.__csp = [];
    const seen = (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    // fired at the element or the document, bubbling up to the window
    window.addEventListener('securitypolicyviolation', seen, true);
  });
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) page.cspViolations.push(m.text()); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(URL) && !/^(blob|data|file):/.test(u)) page.outside.push(u);
  });
  // dialogs are accepted; a prompt gets `page.promptAnswer` when the test sets one
  page.on('dialog', (d) => d.accept(page.promptAnswer));
  if (url) {
    await page.goto(url);
    await page.waitForSelector('[data-testid=article]');
  }
  return page;
}

/** Every CSP violation the page reported (events seen by the page and console messages). */
export async function violations(page) {
  const seen = await page.evaluate(() => window.__csp ?? []).catch(() => []);
  return [...seen, ...page.cspViolations];
}

/** Pastes `text` (with a reference date when given) and waits for its analysis. */
export async function analyse(page, text, date) {
  const before = (await page.$$('[data-testid=documents] li')).length;
  await page.fill('[data-testid=article]', text);
  if (date !== undefined) await page.fill('[data-testid=date]', date);
  await page.click('[data-testid=analyse]');
  await page.waitForSelector(`[data-testid=documents] li:nth-child(${before + 1})`);
  await page.waitForSelector('.progress', { state: 'detached' });
  await page.waitForSelector('[data-testid=actors] tbody tr');
}

/** Sets the interface language by the switch in the header. */
export async function setLanguage(page, lang) {
  for (let i = 0; i < 2; i++) {
    if ((await page.getAttribute('html', 'lang')) === lang) return;
    await page.click('[data-testid=ui-lang]');
  }
  if ((await page.getAttribute('html', 'lang')) !== lang) throw new Error(`interface not in ${lang}`);
}

/** Opens view `k` (0 text and tables, 1 timeline, 2 network, 3 map) and lets it draw. */
export async function openView(page, k) {
  await page.click(`[data-testid=tab-${k}]`);
  const sel = ['[data-testid=actors]', '[data-testid=timeline] svg', '[data-testid=network] svg', '[data-testid=map] svg'][k];
  await page.waitForSelector(sel);
  await page.waitForTimeout(100);
}

/** The interface's words per language, read from src/i18n/words.rs: `{ key: [fr, en] }`. */
export function interfaceWords() {
  const src = readFileSync(new globalThis.URL('../../src/i18n/words.rs', import.meta.url), 'utf8');
  const out = {};
  const literal = /"((?:[^"\\]|\\.)*)"/g;
  for (const m of src.matchAll(/"([a-z_0-9]+)" => [({]/g)) {
    literal.lastIndex = m.index + m[0].length;
    const a = literal.exec(src);
    const b = a && literal.exec(src);
    if (!a || !b) continue;
    const unescape = (s) => s.replace(/\\(.)/g, '$1');
    out[m[1]] = [unescape(a[1]), unescape(b[1])];
  }
  return out;
}

/** Waits until the element matched by `sel` holds `text` (polling: the page's CSP forbids the eval
 * `waitForFunction` needs). */
export async function waitForText(page, sel, text, timeout = 10000) {
  for (const end = Date.now() + timeout; Date.now() < end; await page.waitForTimeout(50)) {
    if (((await page.textContent(sel).catch(() => null)) ?? '').includes(text)) return;
  }
  throw new Error(`"${text}" never appeared in ${sel}`);
}
