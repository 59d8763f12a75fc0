// The picture of the HTML report that the README shows: the top of the page (the verdict, what
// was checked and the first cluster) in a window of a laptop's width.
//
//   node screenshot.js REPORT.html OUT.png
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch } = require('./chromium');

async function main() {
  const [html, png] = process.argv.slice(2);
  if (!png) {
    console.error('usage: node screenshot.js REPORT.html OUT.png');
    process.exit(2);
  }
  const browser = await launch({ viewport: { width: 1100, height: 900 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(path.resolve(html)).href, { waitUntil: 'load' });
    // Down to the end of the first cluster's diagram.
    const bottom = await page.evaluate(
      () => document.querySelector('.cluster .diagram').getBoundingClientRect().bottom + 24,
    );
    await page.screenshot({ path: png, fullPage: true, clip: { x: 0, y: 0, width: 1100, height: Math.ceil(bottom) } });
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
