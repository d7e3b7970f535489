// Small breaks an analyst met (issue 13): the document shown is forgotten on reload; stored data of
// another shape is called "converted"; a name holding a control character makes the GraphML and
// SVG exports unreadable XML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, analyse, openView, FR_ARTICLE, EN_ARTICLE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the document shown comes back after a reload', async () => {
  const page = await openPage(browser);
  await analyse(page, FR_ARTICLE, '2025-05-06');
  await analyse(page, EN_ARTICLE, '2025-02-10');
  const docs = page.locator('[data-testid=doc]');
  assert.equal(await docs.count(), 2);
  for (const [k, expected] of [[1, [false, true]], [0, [true, false]]]) {
    await docs.nth(k).locator('button.doc-title').click();
    await page.waitForSelector(`[data-testid=doc]:nth-child(${k + 1}).selected`);
    await page.waitForTimeout(800); // saved a moment after the change
    await page.reload();
    await page.waitForSelector('[data-testid=doc]');
    const selected = await page.$$eval('[data-testid=doc]', (d) => d.map((x) => x.classList.contains('selected')));
    assert.deepEqual(selected, expected);
  }
  await page.context().close();
});

for (const [locale, words] of [['fr-FR', /forme attendue.*trame\.unreadable/s], ['en-GB', /expected shape.*trame\.unreadable/s]]) {
  // the settings are lost with the data: the page speaks the browser's language
  test(`stored data of another shape is said to be so, and kept aside (${locale})`, async () => {
    const page = await openPage(browser, { locale });
    await page.evaluate(() => localStorage.setItem('trame.state', '[1,2,3]'));
    await page.reload();
    await page.waitForSelector('[data-testid=notice]');
    const notice = await page.textContent('[data-testid=notice]');
    assert.match(notice, words);
    assert.doesNotMatch(notice, /convert/i);
    assert.equal(await page.evaluate(() => localStorage.getItem('trame.unreadable')), '[1,2,3]');
    await page.context().close();
  });
}

test('a name holding a control character leaves the GraphML and SVG exports well-formed', async () => {
  const page = await openPage(browser, { width: 1400, height: 1000 });
  await analyse(page, FR_ARTICLE, '2025-05-06');
  const first = page.locator('[data-testid=actors] tbody tr').first();
  page.promptAnswer = 'Marine\u0001 du Brésil';
  await first.locator('button[aria-label=Renommer]').click();
  await page.waitForSelector('[data-testid=actors] tbody tr td:first-child:text-matches("Marine")');
  page.promptAnswer = undefined;
  await openView(page, 2);
  const blank = await page.context().newPage();
  for (const button of ['network-graphml', 'network-svg']) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${button}]`)]);
    const xml = readFileSync(await file.path(), 'utf8');
    assert.ok(xml.includes('Marine du Brésil'), `${button}: the name is kept, without its control character`);
    const type = button.endsWith('svg') ? 'image/svg+xml' : 'application/xml';
    const ok = await blank.evaluate(([x, t]) => !new DOMParser().parseFromString(x, t).querySelector('parsererror'), [xml, type]);
    assert.ok(ok, `${button}: well-formed XML`);
  }
  await page.context().close();
});
