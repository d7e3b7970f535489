// Reference dates a user can see and steer: each document shows the date it was read against and
// where it came from (entered, page metadata, the article's dateline, guessed from the text, none);
// the date can be set before the analysis (in the form, also for uploaded files) or after it (in the
// list: the analysis reruns); a year guessed from a historical mention and a timeline spanning
// decades are warned about; the form's date is cleared with the text unless kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, analyse, openView, waitForText, FR_ARTICLE, shot } from './helpers.mjs';

let browser, page;
before(async () => { browser = await launch(); page = await openPage(browser, { locale: 'en-US' }); });
after(async () => { await browser?.close(); });

// written for this test: the only month-and-year in the text is a historical one
const HISTORICAL = `India and France renew their naval pact

India and France signed a naval cooperation agreement on 3 May in New Delhi. Their friendship dates back to March 1953.`;
const DATELINE = `PARIS, 12 March 2025 - France and India held a joint naval exercise off Goa on Monday, the French navy said.`;

const doc = (n) => `[data-testid=documents] li:nth-child(${n})`;
async function used(n) {
  const el = await page.$(`${doc(n)} [data-testid=date-used]`);
  return { source: await el.getAttribute('data-source'), date: await el.getAttribute('data-date'), text: (await el.textContent()).trim() };
}
async function warnings(n) {
  return page.$$eval(`${doc(n)} [data-testid=date-warning]`, (w) => w.map((x) => x.textContent));
}
async function waitSource(n, source) {
  for (let i = 0; i < 100; i++) {
    if ((await used(n).catch(() => ({}))).source === source) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`document ${n}: source ${(await used(n)).source}, expected ${source}`);
}

test('a date typed in the form is used, shown as entered, and cleared with the text', async () => {
  await analyse(page, FR_ARTICLE, '2025-05-06');
  assert.deepEqual(await used(1), { source: 'user', date: '2025-05-06', text: 'Date used: 6 May 2025 (entered)' });
  assert.equal(await page.inputValue('[data-testid=date]'), '', 'the form date is cleared with the text');
  assert.equal(await page.inputValue('[data-testid=article]'), '');
  assert.equal(await page.inputValue(`${doc(1)} [data-testid=doc-date]`), '2025-05-06');
  // kept on request, for the next article
  await page.check('[data-testid=keep-date]');
  await analyse(page, DATELINE.replace('PARIS, 12 March 2025 - ', ''), '2025-03-12');
  assert.equal(await page.inputValue('[data-testid=date]'), '2025-03-12', 'kept');
  await page.uncheck('[data-testid=keep-date]');
  await page.fill('[data-testid=date]', '');
  await page.click(`${doc(2)} button.link:not(.doc-title)`); // remove it again
  await page.waitForSelector(doc(2), { state: 'detached' });
});

test('without a date: the dateline, then a year guessed from the text with a warning', async () => {
  await analyse(page, DATELINE);
  await waitSource(2, 'dateline');
  assert.deepEqual(await used(2), { source: 'dateline', date: '2025-03-12', text: "Date used: 12 Mar 2025 (the article's dateline)" });
  assert.deepEqual(await warnings(2), []);
  await analyse(page, HISTORICAL);
  await waitSource(3, 'text');
  assert.equal((await used(3)).date, '1953-05-03', 'a day without a year, in the only year the text gives');
  const w = await warnings(3);
  assert.ok(w.length === 1 && /1953 comes only from a date quoted in the text/.test(w[0]), w.join('|'));
  // the timeline spans seventy years: said above it
  await openView(page, 1);
  const span = await page.textContent('[data-testid=span-warning]');
  assert.match(span, /The timeline spans 72 years \(1953–2025\): check the reference date of the document marked ⚠/);
  await shot(page, 'dates-span-warning.png');
  await openView(page, 0);
});

test('a date set in the list reruns the analysis and clears the warnings', async () => {
  await page.fill(`${doc(3)} [data-testid=doc-date]`, '3 May');
  await page.press(`${doc(3)} [data-testid=doc-date]`, 'Enter');
  await page.waitForSelector(`${doc(3)} .error`);
  assert.equal(await page.getAttribute(`${doc(3)} [data-testid=doc-date]`, 'aria-invalid'), 'true');
  assert.equal((await used(3)).source, 'text', 'an unreadable date is not used');
  await page.fill(`${doc(3)} [data-testid=doc-date]`, '2025-05-06');
  await page.press(`${doc(3)} [data-testid=doc-date]`, 'Enter');
  await waitSource(3, 'user');
  assert.deepEqual(await warnings(3), []);
  await page.click(`${doc(3)} .doc-title`);
  await waitForText(page, '[data-testid=events]', '3 May 2025');
  await openView(page, 1);
  assert.equal(await page.$('[data-testid=span-warning]'), null, 'the timeline no longer spans decades');
  await openView(page, 0);
  // the source survives a reload
  await page.waitForTimeout(600);
  await page.reload();
  await page.waitForSelector('[data-testid=actors] tbody tr');
  await waitSource(3, 'user');
  assert.equal((await used(2)).source, 'dateline');
});

test('uploads: the form date applies to them, else the page metadata; titled by their headline', async () => {
  const html = `<!doctype html><html><head><title>Site | India and France drill</title>
    <meta property="og:title" content="India and France drill at sea">
    <meta property="article:published_time" content="2024-11-20T08:00:00Z"></head>
    <body><article><h1>India and France drill at sea</h1><p>${DATELINE.replace('PARIS, 12 March 2025 - ', '')}</p></article></body></html>`;
  await page.setInputFiles('.input input[type=file]', [
    { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) },
    { name: 'notes-0412.txt', mimeType: 'text/plain', buffer: Buffer.from(HISTORICAL) },
  ]);
  await page.waitForSelector(doc(5));
  await waitSource(4, 'meta');
  assert.equal((await used(4)).date, '2024-11-20');
  assert.equal((await page.textContent(`${doc(4)} .doc-title`)).trim(), 'India and France drill at sea');
  assert.equal((await page.textContent(`${doc(5)} .doc-title`)).trim(), 'India and France renew their naval pact', 'the headline, not the file name');
  await waitSource(5, 'text');
  // a date typed before adding files is theirs
  await page.fill('[data-testid=date]', '2025-05-07');
  await page.setInputFiles('.input input[type=file]', [{ name: 'again.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
  await page.waitForSelector(doc(6));
  await waitSource(6, 'user');
  assert.equal((await used(6)).date, '2025-05-07', 'the typed date wins over the metadata');
  assert.equal(await page.inputValue('[data-testid=date]'), '', 'and is cleared once used');
  // the French interface says the same
  await page.click('[data-testid=ui-lang]');
  assert.equal((await used(4)).text, 'Date utilisée : 20 nov. 2024 (métadonnées de la page)');
  assert.match((await warnings(5))[0], /L'année 1953 ne vient que d'une date citée/);
  await shot(page, 'dates-list.png', { fullPage: true });
});
