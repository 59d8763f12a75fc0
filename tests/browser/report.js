// The HTML report in a real browser: Debian's Chromium, driven by playwright-core (which never
// downloads a browser of its own), opens the reports that scripts/browser-test.sh wrote and checks
// what a reader and a printer get.
//
//   node report.js CONTOSO.html CONTOSO.json HOSTILE.html OUT_DIR
//
// Prints one line per check and a closing `N passed, N failed`; exits 1 if any check failed.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch } = require('./chromium');

const [contosoHtml, contosoJson, hostileHtml, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node report.js CONTOSO.html CONTOSO.json HOSTILE.html OUT_DIR');
  process.exit(2);
}

/** A4 less the report's print margins (12 mm each side), in CSS pixels. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

/** Opens a report from its file and records every request and every console error. */
async function open(context, file) {
  const page = await context.newPage();
  const seen = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  const url = pathToFileURL(path.resolve(file)).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, seen };
}

const results = [];
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push(true);
    console.log(`ok ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push(false);
    console.log(`FAILED ${name}: ${e && e.stack ? e.stack : e}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function same(actual, expected, what) {
  const a = JSON.stringify(actual, null, 1);
  const e = JSON.stringify(expected, null, 1);
  assert(a === e, `${what}:\nexpected ${e}\n     got ${a}`);
}

/** Distinct colours and the share of non-white pixels of a PNG, counted by the browser. */
async function inkOf(context, png) {
  const page = await context.newPage();
  try {
    return await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const pixels = g.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set();
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, gr, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
        colours.add((r << 16) | (gr << 8) | b);
        if (r < 235 || gr < 235 || b < 235) ink += 1;
      }
      return { colours: colours.size, ink: ink / (pixels.length / 4) };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

async function main() {
  const started = Date.now();
  const json = JSON.parse(fs.readFileSync(contosoJson, 'utf8'));
  const browser = await launch();
  const { context } = browser;
  try {
    const contoso = await open(context, contosoHtml);
    const page = contoso.page;

    await check('the contoso report loads nothing but itself and raises no error', async () => {
      same(contoso.seen.requests, [contoso.url], 'requests');
      same(contoso.seen.errors, [], 'console errors');
    });

    await check('the DOM holds every finding of the JSON report: code, entity and fix', async () => {
      const dom = await page.$$eval('article.finding', (articles) =>
        articles.map((a) => ({
          code: a.querySelector('.finding-head .code').textContent,
          entity: a.querySelector('.where dd code').textContent,
          fixes: [...a.querySelectorAll('.fix code')].map((c) => c.textContent),
        })),
      );
      const expected = json.findings.map((f) => ({ code: f.code, entity: f.entity, fixes: f.fixes }));
      assert(expected.length > 0, 'the JSON report has no finding');
      same(dom, expected, 'findings');
    });

    await check('every link within the page leads somewhere', async () => {
      const broken = await page.$$eval('a[href^="#"]', (links) =>
        links.map((a) => a.getAttribute('href').slice(1)).filter((id) => !document.getElementById(id)),
      );
      same(broken, [], 'links without a target');
    });

    await check('a screenshot is not blank', async () => {
      const png = await page.screenshot({ fullPage: false });
      fs.writeFileSync(path.join(outDir, 'contoso.png'), png);
      const { colours, ink } = await inkOf(context, png);
      assert(colours >= 16, `the screenshot has ${colours} colours`);
      assert(ink > 0.03, `the screenshot is ${(ink * 100).toFixed(1)} % ink`);
    });

    await check('in a narrow window only tables, diagrams and code scroll sideways, not the page', async () => {
      await page.setViewportSize({ width: 420, height: 900 });
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      await page.setViewportSize({ width: 1280, height: 900 });
      assert(scroll <= client, `the page is ${scroll} px wide in a ${client} px window`);
    });

    await check('printed on A4, nothing is wider than the page', async () => {
      await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      const wide = await page.evaluate((limit) => {
        const out = [];
        for (const el of document.querySelectorAll('table, pre, svg, figure, .finding, dl')) {
          const right = el.getBoundingClientRect().right;
          const overflow = el.scrollWidth - el.clientWidth;
          if (right > limit + 1 || (el.tagName !== 'svg' && overflow > 1)) {
            out.push(`${el.tagName.toLowerCase()}.${el.className} right=${right} overflow=${overflow}`);
          }
        }
        return out;
      }, A4_CONTENT_WIDTH);
      same(wide, [], 'elements wider than an A4 page');
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    await check('print to PDF succeeds: A4, a page for each cluster and plan part', async () => {
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      fs.writeFileSync(path.join(outDir, 'contoso.pdf'), pdf);
      assert(pdf.subarray(0, 5).toString() === '%PDF-', 'not a PDF');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
      const count = (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
      const [parts, clusters, plans] = [await count('.part'), await count('.cluster'), await count('.plan')];
      // The first page (verdict, what was checked), then each part, and each cluster and plan
      // after the first of its part, on pages of their own.
      const least = 1 + parts + Math.max(clusters - 1, 0) + Math.max(plans - 1, 0);
      assert(pages >= least, `${pages} pages, expected at least ${least}`);
      const sizes = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
      assert(sizes && Math.abs(sizes[1] - 595.92) < 1.5 && Math.abs(sizes[2] - 842.88) < 1.5, `page size ${sizes}`);
    });

    await check('axe-core finds no serious or critical accessibility violation', async () => {
      await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      });
      for (const v of violations) console.log(`  axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
      same(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], 'serious or critical violations');
    });

    const hostile = await open(context, hostileHtml);
    await check('hostile names render as text, never as markup', async () => {
      const found = await hostile.page.evaluate(() => {
        const text = document.body.textContent;
        const handlers = [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        );
        return {
          injected: document.querySelectorAll('b, i, u, em, script, img, iframe, main svg svg, td td').length,
          diagrams: document.querySelectorAll('svg').length,
          handlers: handlers.length,
          override: text.includes('\u202e'),
          escape: text.includes('\u001b'),
          names: [
            'EX<b>CLU</b>&amp;"01\'',
            'NODE<i>1</i>',
            'N&ODE2\\u{202e}evil\\u{1b}[2J',
            'Cluster Group" onmouseover="alert(1)',
            '<script>alert(1)</script>',
            'plan</td><td>x',
            'ADM<svg onload=alert(1)>',
            '<em>now</em>',
            'cluster group "<img src=x onerror=alert(1)>" /move:NODE<i>1</i>',
          ].filter((name) => !text.includes(name)),
          drawn: [...document.querySelectorAll('svg text')].map((t) => t.textContent),
        };
      });
      same(found.injected, 0, 'elements made from names');
      same(found.diagrams, 1, 'diagrams');
      same(found.handlers, 0, 'elements with event handler attributes');
      assert(!found.override && !found.escape, 'a raw control character reached the text');
      same(found.names, [], 'names missing from the text');
      assert(found.drawn.includes('NODE<i>1</i>'), `the diagram's texts: ${found.drawn}`);
      same(hostile.seen.dialogs, [], 'dialogs opened');
      same(hostile.seen.requests, [hostile.url], 'requests');
    });
  } finally {
    await browser.close();
  }
  const passed = results.filter(Boolean).length;
  console.log(`browser checks took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(passed === results.length ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
