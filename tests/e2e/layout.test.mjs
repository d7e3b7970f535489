// Drawings that fit, measured: at 1400 and 800 px, light and dark, French and English, every view
// is checked for page overflow, drawings wider than their box, labels leaving their drawing,
// labels overlapping each other or the marks, menus widening the page, and map shapes jumping
// across the map (the antimeridian). Screenshots of every case are kept in screenshots/ (outside CI).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, analyse, setLanguage, openView, violations, FR_ARTICLE, EN_ARTICLE, shot } from './helpers.mjs';

// Many actors in one drill, and an organization with a very long name (added to the dictionary).
const LONG_NAME = 'Commandement conjoint des forces navales de la coalition pour la sécurité maritime en mer Rouge';
const NODE_NAME = "Groupe d'action navale conjoint de la République islamique du Pakistan";
const CROWD = `Dix marines ouvrent l'exercice Bouclier-2025 dans le golfe du Bengale

Les marines de l'Inde, de la France, du Japon, de l'Australie, des États-Unis, de l'Indonésie, de Singapour, de la Malaisie, de la Thaïlande et du Royaume-Uni ont ouvert lundi 3 mars l'exercice multinational Bouclier-2025, qui durera jusqu'au 14 mars.

Le ${LONG_NAME} a salué l'ampleur des manœuvres. La Chine a critiqué l'exercice et le Pakistan l'a dénoncé.

Le ministre indien de la Défense Rajnath Singh a reçu à New Delhi son homologue australien Richard Marles ; l'Inde et l'Australie ont signé un accord de soutien logistique le 5 mars.`;

let browser, page;
before(async () => {
  browser = await launch();
  page = await openPage(browser, { locale: 'fr-FR', width: 1400, height: 1000 });
  await analyse(page, FR_ARTICLE, '2025-05-06');
  await analyse(page, EN_ARTICLE, '2025-02-10');
  await analyse(page, CROWD, '2025-03-03');
  // the long name as a dictionary actor: it shows in every merge menu and in the network
  await page.fill('[data-testid=new-actor]', LONG_NAME);
  await page.press('[data-testid=new-actor]', 'Enter');
  await page.waitForSelector('[data-testid=actors] tbody tr td:first-child:text-matches("Commandement conjoint")');
  // and a node of the network renamed with a long name
  page.promptAnswer = NODE_NAME;
  await page.click('[data-testid=actors] tbody tr:has(td:first-child:text-is("Pakistan")) button[aria-label=Renommer]');
  await page.waitForSelector(`[data-testid=actors] tbody tr td:first-child:text-is("${NODE_NAME}")`);
  page.promptAnswer = undefined;
});
after(async () => { await browser?.close(); });

// Everything the test measures on the page as it is now.
function measure(page) {
  return page.evaluate(() => {
    const r = (el) => { const b = el.getBoundingClientRect(); return { x: b.left, y: b.top, w: b.width, h: b.height, right: b.right, bottom: b.bottom }; };
    const out = { overflow: document.documentElement.scrollWidth - window.innerWidth, wide: [], drawings: [] };
    // elements reaching past the window's right edge (outside boxes that scroll)
    for (const el of document.querySelectorAll('.app *')) {
      if (el.closest('.scroll, .table-wrap, .annotated, .documents ul')) continue;
      const b = el.getBoundingClientRect();
      if (b.width > 0 && b.right > window.innerWidth + 0.5) out.wide.push(`${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} ${Math.round(b.right)}`);
    }
    for (const svg of document.querySelectorAll('[data-testid=network] svg, [data-testid=timeline] svg')) {
      const box = svg.parentElement;
      const s = r(svg);
      const texts = [...svg.querySelectorAll('text')].map((t) => ({ cls: t.getAttribute('class') ?? '', text: t.textContent, ...r(t) }));
      const marks = [...svg.querySelectorAll('circle, .tl-item rect')].map((m) => ({ cls: m.getAttribute('class') ?? '', ...r(m) }));
      out.drawings.push({ id: box.dataset.testid, svg: s, box: box.clientWidth, texts, marks });
    }
    out.paths = [...document.querySelectorAll('[data-testid=map] path.land')].map((p) => [p.querySelector('title')?.textContent, p.getAttribute('d')]);
    return out;
  });
}

const overlap = (a, b, eps = 0.5) => a.x + eps < b.right && b.x + eps < a.right && a.y + eps < b.bottom && b.y + eps < a.bottom;

function problems(m) {
  const out = [];
  if (m.overflow > 0) out.push(`the page is ${m.overflow}px wider than the window`);
  for (const w of m.wide.slice(0, 5)) out.push(`past the right edge: ${w}`);
  for (const d of m.drawings) {
    if (d.svg.w > d.box + 0.5) out.push(`${d.id}: drawing ${d.svg.w}px in a ${d.box}px box`);
    for (const t of d.texts) {
      if (t.x < d.svg.x - 0.5 || t.right > d.svg.right + 0.5 || t.y < d.svg.y - 0.5 || t.bottom > d.svg.bottom + 0.5) out.push(`${d.id}: label "${t.text}" leaves the drawing`);
    }
    const labels = d.texts.filter((t) => /node-label|tl-label|tl-tick-label/.test(t.cls));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i], labels[j])) out.push(`${d.id}: "${labels[i].text}" overlaps "${labels[j].text}"`);
      for (const mk of d.marks) if (overlap(labels[i], mk)) out.push(`${d.id}: "${labels[i].text}" covers a ${mk.cls || 'mark'}`);
    }
  }
  for (const [iso, dpath] of m.paths) {
    for (const ring of dpath.split('Z')) {
      const xs = [...ring.matchAll(/[ML](-?[\d.]+),/g)].map((x) => Number(x[1]));
      for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - xs[i - 1]) > 100) { out.push(`map: ${iso} jumps from x=${xs[i - 1]} to x=${xs[i]}`); break; }
    }
  }
  return out;
}

test('every view at 1400 and 800 px, light and dark, French and English: no overflow, no cut or overlapping label', { timeout: 240000 }, async () => {
  const failures = [];
  for (const [w, h] of [[1400, 1000], [800, 1000]]) {
    await page.setViewportSize({ width: w, height: h });
    for (const theme of ['light', 'dark']) {
      await page.selectOption('[data-testid=theme]', theme);
      for (const lang of ['fr', 'en']) {
        await setLanguage(page, lang);
        for (const [k, view] of ['text', 'timeline', 'network', 'map'].entries()) {
          await openView(page, k);
          await page.waitForTimeout(150); // the drawing follows its box's new width
          const found = problems(await measure(page));
          if (found.length) failures.push(`${view} ${theme} ${lang} ${w}px: ${found.slice(0, 6).join('; ')}`);
          await shot(page, `layout-${view}-${theme}-${lang}-${w}.png`, { fullPage: true });
        }
      }
    }
  }
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.selectOption('[data-testid=theme]', 'auto');
  assert.deepEqual(failures, []);
});

test('the network shows every actor, shortened names whole in the tooltip and in the export', async () => {
  await setLanguage(page, 'fr');
  await openView(page, 2);
  const nodes = await page.$$eval('[data-testid=network] .node', (ns) => ns.map((n) => ({
    name: n.dataset.name, title: n.querySelector('title').textContent, label: n.querySelector('text')?.textContent ?? null,
  })));
  assert.ok(nodes.length >= 12, `${nodes.length} nodes`);
  const long = nodes.find((n) => n.name === NODE_NAME);
  assert.ok(long, `the renamed actor is a node: ${nodes.map((n) => n.name).join('|')}`);
  assert.ok(long.title.startsWith(NODE_NAME), long.title);
  assert.ok(long.label === null || (long.label.endsWith('…') && long.label.length < NODE_NAME.length), `shortened: ${long.label}`);
  const labelled = nodes.filter((n) => n.label !== null).length;
  assert.ok(labelled >= nodes.length - 2, `${labelled} of ${nodes.length} nodes keep a label`);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=network-svg]')]);
  const xml = readFileSync(await svg.path(), 'utf8');
  assert.ok(xml.includes(NODE_NAME.replace("'", '&#39;')) || xml.includes(NODE_NAME), 'the full name is in the exported SVG');
  // parsed in a blank page: the app's policy would refuse the export's own <style> there
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((x) => !new DOMParser().parseFromString(x, 'image/svg+xml').querySelector('parsererror'), xml);
  await blank.close();
  assert.ok(parsed, 'the export is well-formed XML');
});

test('the timeline follows its container when the window narrows and widens', async () => {
  await openView(page, 1);
  const widths = [];
  for (const w of [1400, 1000, 800, 1400]) {
    await page.setViewportSize({ width: w, height: 1000 });
    await page.waitForTimeout(200);
    widths.push(await page.$eval('[data-testid=timeline]', (box) => [box.clientWidth, box.querySelector('svg').getBoundingClientRect().width]));
  }
  for (const [box, svg] of widths) assert.ok(Math.abs(box - svg) <= 1, `drawing ${svg}px in a ${box}px box`);
  // 1000 px: two columns, the drawing narrows; 800 px: one column, it widens again
  assert.ok(widths[0][1] - widths[1][1] > 300 && widths[2][1] > widths[1][1], `the drawing follows: ${widths.map((w) => w[1]).join(' → ')}`);
});

test('a long name in a menu does not widen the page', async () => {
  await page.setViewportSize({ width: 800, height: 1000 });
  await openView(page, 0);
  const widths = await page.$$eval('[data-testid=actors] select', (ss) => ss.map((s) => s.getBoundingClientRect().width));
  assert.ok(Math.max(...widths) <= 200, `menus ${Math.max(...widths)}px wide`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.setViewportSize({ width: 1400, height: 1000 });
});

// TRAME_README_SHOT=1 retakes the README's picture: the first article, its first event selected.
test('the README screenshot', { skip: !process.env.TRAME_README_SHOT }, async () => {
  await page.setViewportSize({ width: 1280, height: 985 });
  await setLanguage(page, 'fr');
  await page.selectOption('[data-testid=theme]', 'light');
  await openView(page, 0);
  await page.click('[data-testid=documents] li:nth-child(1) .doc-title');
  await page.click('[data-testid=events] tbody tr');
  await page.waitForSelector('[data-testid=annotated] .ev');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new globalThis.URL('../../docs/screenshot.png', import.meta.url).pathname });
  await page.selectOption('[data-testid=theme]', 'auto');
});

test('no request left the machine, no CSP violation', async () => {
  assert.deepEqual(page.outside, []);
  assert.deepEqual(await violations(page), []);
});
