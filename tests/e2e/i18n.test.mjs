// One language throughout: every view of the page, in French and in English, shows no string of
// the other language (the interface's own words, read from src/i18n/words.rs, month names, type
// codes, parser messages) and no untranslated key. Article content (marked translate="no") and the
// language switch (marked with its own lang) are not interface text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, analyse, setLanguage, openView, interfaceWords, waitForText, FR_ARTICLE, EN_ARTICLE, shot } from './helpers.mjs';

let browser, page;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The fragments of a text a reader would recognise: the pieces between `{…}` arguments and the
// plural forms inside them, with at least three letters.
function fragments(text) {
  const out = [];
  for (const m of text.matchAll(/\{[a-z_]+\|([^|}]*)\|([^}]*)\}/g)) out.push(m[1], m[2]);
  for (const piece of text.split(/\{[^}]*\}/)) out.push(piece);
  return out
    .map((s) => s.trim().replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, ''))
    .filter((s) => (s.match(/\p{L}/gu) ?? []).length >= 3);
}

const words = interfaceWords();
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// `f` as a whole word or phrase
const whole = (f) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(f)}(?![\\p{L}\\p{N}])`, 'u');
const MONTHS = {
  fr: ['janv.', 'févr.', 'avr.', 'juil.', 'août', 'sept.', 'déc.'],
  en: ['Jan', 'Feb', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
// strings that must not show in `lang`'s interface: the other language's words, less those the
// two languages share ("Type", "Source", "Relations"…)
function foreign(lang) {
  const [mine, theirs] = lang === 'fr' ? [0, 1] : [1, 0];
  const own = new Set(Object.values(words).flatMap((w) => fragments(w[mine])));
  const other = new Set(Object.values(words).flatMap((w) => fragments(w[theirs])));
  // a word both languages write the same way inside a phrase of this one ("Analyse" in "Analyse en
  // cours") is no sign of the other language
  const ownText = [...own].join('\n');
  return [...other].filter((f) => !own.has(f) && !whole(f).test(ownText)).concat(MONTHS[lang === 'fr' ? 'en' : 'fr']);
}
const FOREIGN = Object.fromEntries(['fr', 'en'].map((l) => [l, foreign(l).map((f) => [f, whole(f)])]));
// a parser's or a program's words that must never reach the user
const RAW = [/line \d+ column \d+/, /\bat line\b/, /expected (value|a|struct|one of)/i, /Error\(/, /\bundefined\b/, /\bNaN\b/, /⟦/];

// The interface text now on the page: text nodes, placeholders, titles, labels (SVG titles too),
// outside article content and outside elements in another language.
function interfaceText(page) {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const skip = (el) => el.closest('[translate=no]') || (el.closest('[lang]') && el.closest('[lang]').lang !== lang);
    const out = [document.title];
    const walker = document.createTreeWalker(document.querySelector('.app'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent.trim();
      if (t && n.parentElement && !skip(n.parentElement) && !n.parentElement.closest('style,script,textarea')) out.push(t);
    }
    for (const el of document.querySelectorAll('.app [placeholder], .app [title], .app [aria-label]')) {
      if (skip(el)) continue;
      for (const a of ['placeholder', 'title', 'aria-label']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    }
    return out;
  });
}

async function check(page, lang, where) {
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${where}: html lang`);
  const problems = [];
  for (const text of await interfaceText(page)) {
    for (const [f, re] of FOREIGN[lang]) if (re.test(text)) problems.push(`"${f}" in "${text}"`);
    for (const re of RAW) if (re.test(text)) problems.push(`${re} in "${text}"`);
  }
  assert.deepEqual(problems, [], `${where} in ${lang}: ${problems.length} strings of the other language`);
}

// every view, with its selections and notices
async function walk(page, lang) {
  await setLanguage(page, lang);
  await check(page, lang, 'text and tables');
  await page.click('[data-testid=events] tbody tr');
  await check(page, lang, 'an event selected');
  for (const [k, name] of [[1, 'timeline'], [2, 'network'], [3, 'map']]) {
    await openView(page, k);
    await check(page, lang, name);
    if (k === 1) {
      await page.click('[data-testid=timeline] .tl-item rect');
      await page.waitForSelector('[data-testid=evidence-panel]');
      await check(page, lang, 'timeline evidence');
    }
    await shot(page, `i18n-${name}-${lang}.png`);
  }
  await openView(page, 0);
  // a date the form cannot read
  await page.fill('[data-testid=date]', '12/05');
  await page.waitForSelector('.input .error');
  await check(page, lang, 'bad date');
  await page.fill('[data-testid=date]', '');
  // notices: a binary file, a file that is not JSON, JSON of another shape
  await page.setInputFiles('.input input[type=file]', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\nrest', 'binary') });
  await page.waitForSelector('[data-testid=notice]');
  assert.match(await page.textContent('[data-testid=notice]'), /photo\.png/);
  await check(page, lang, 'binary file notice');
  await page.setInputFiles('[data-testid=import-json]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"documents": [1, }') });
  await waitForText(page, '[data-testid=notice]', 'broken.json');
  const notice = await page.textContent('[data-testid=notice]');
  assert.match(notice, /broken\.json/);
  assert.match(notice, lang === 'fr' ? /ligne 1.*Choisissez/ : /line 1.*Choose/, notice);
  await check(page, lang, 'malformed JSON notice');
  await page.setInputFiles('[data-testid=import-json]', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') });
  await waitForText(page, '[data-testid=notice]', 'other.json');
  await check(page, lang, 'wrong JSON notice');
  await page.click('[data-testid=notice] button');
}

test('the first visit follows navigator.languages', async () => {
  for (const [locale, lang, analyseWord] of [['en-US', 'en', 'Analyse'], ['fr-FR', 'fr', 'Analyser'], ['de-DE', 'en', 'Analyse']]) {
    const p = await openPage(browser, { locale });
    assert.equal(await p.getAttribute('html', 'lang'), lang, `${locale} → ${lang}`);
    assert.equal((await p.textContent('[data-testid=analyse]')).trim(), analyseWord);
    assert.equal(await p.getAttribute('[data-testid=date]', 'placeholder'), lang === 'fr' ? 'AAAA-MM-JJ' : 'YYYY-MM-DD');
    await check(p, lang, `first visit (${locale})`);
    // the choice is remembered over the browser's
    await p.click('[data-testid=ui-lang]');
    await p.waitForTimeout(400);
    await p.reload();
    await p.waitForSelector('[data-testid=article]');
    assert.notEqual(await p.getAttribute('html', 'lang'), lang, 'the switch is remembered');
    await p.context().close();
  }
});

test('every view in French and in English holds only that language', { timeout: 120000 }, async () => {
  page = await openPage(browser, { locale: 'fr-FR' });
  await check(page, 'fr', 'empty page');
  await analyse(page, FR_ARTICLE, '2025-05-06');
  await analyse(page, EN_ARTICLE, '2025-02-10');
  for (const lang of ['fr', 'en', 'fr']) await walk(page, lang);
});

test('type names follow the interface, exports keep the format codes', async () => {
  await setLanguage(page, 'fr');
  await page.click('[data-testid=documents] li:nth-child(1) .doc-title');
  const types = await page.$$eval('[data-testid=actors] tbody td:nth-child(2)', (t) => t.map((x) => x.textContent));
  assert.ok(types.includes('pays') && !types.includes('country'), types.join('|'));
  const events = await page.$$eval('[data-testid=events] tbody td:first-child', (t) => t.map((x) => x.textContent));
  assert.ok(events.every((e) => ['exercice', 'visite', 'rencontre', 'accord', 'déploiement', 'patrouille'].includes(e)), events.join('|'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
  const json = JSON.parse((await import('node:fs')).readFileSync(await download.path(), 'utf8'));
  const codes = new Set(json.documents.flatMap((d) => d.entities.map((e) => e.type)));
  assert.ok(codes.has('country') && !codes.has('pays'), [...codes].join('|'));
  assert.ok(json.documents.flatMap((d) => d.events).every((v) => /^[a-z]+$/.test(v.type) && v.type !== 'exercice'));
});

test('counts agree in number in both languages', async () => {
  for (const lang of ['fr', 'en']) {
    await setLanguage(page, lang);
    const counts = await page.$$eval('[data-testid=doc-counts]', (c) => c.map((x) => x.textContent));
    for (const c of counts) {
      for (const m of c.matchAll(/(\d+) (\p{L}+)/gu)) {
        const n = Number(m[1]);
        const singular = lang === 'fr' ? n <= 1 : n === 1;
        assert.equal(!m[2].endsWith('s'), singular, `${lang}: "${m[0]}" in "${c}"`);
      }
    }
  }
  // an article with one event: "1 événement", not "1 événements"
  await setLanguage(page, 'fr');
  await analyse(page, 'Le Chili et le Pérou ont signé un accord le 3 juin 2024 à Lima.', '');
  const last = await page.textContent('[data-testid=documents] li:last-child [data-testid=doc-counts]');
  assert.match(last, /· 1 événement$/, last);
});

test('no request left the machine', async () => {
  assert.deepEqual(page.outside, []);
});
