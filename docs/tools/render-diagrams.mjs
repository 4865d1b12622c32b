// Renders every processes/*.bpmn to docs/images/<name>.svg, drawn by bpmn-js (the library
// Camunda Modeler draws with) in headless Chromium, so the pictures in docs/ match what
// analysts see in Modeler.
//
//   cd docs/tools && npm ci && node render-diagrams.mjs            # SVG only
//   cd docs/tools && npm ci && node render-diagrams.mjs --png DIR  # also a PNG per diagram in DIR, to look at
//
// Needs Debian's chromium (apt-get install -y chromium); CHROMIUM=/path overrides /usr/bin/chromium.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const processes = path.join(root, 'processes');
const images = path.join(root, 'docs', 'images');
const viewerBundle = createRequire(import.meta.url).resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

const pngFlag = process.argv.indexOf('--png');
const pngDir = pngFlag >= 0 ? path.resolve(process.argv[pngFlag + 1] ?? '.') : null;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addScriptTag({ path: viewerBundle });
  await mkdir(images, { recursive: true });
  const diagrams = (await readdir(processes)).filter((name) => name.endsWith('.bpmn')).sort();
  for (const name of diagrams) {
    const xml = await readFile(path.join(processes, name), 'utf8');
    const result = await page.evaluate(async (diagram) => {
      const container = document.getElementById('canvas');
      container.innerHTML = '';
      const viewer = new window.BpmnJS({ container });
      const { warnings } = await viewer.importXML(diagram);
      const { svg } = await viewer.saveSVG();
      viewer.destroy();
      return { svg, warnings: warnings.map((w) => w.message) };
    }, xml);
    if (result.warnings.length > 0) {
      throw new Error(`${name}: bpmn-js reported problems:\n  ${result.warnings.join('\n  ')}`);
    }
    // the picture names the exact diagram it shows: a test fails when the BPMN changed since
    const source = createHash('sha256').update(xml, 'utf8').digest('hex');
    const svg = stableIds(result.svg).replace(/^(<\?xml[^>]*\?>\s*)?/, (head) =>
      `${head ?? ''}<!-- drawn from processes/${name} sha256:${source} by docs/tools/render-diagrams.mjs -->\n`);
    const target = path.join(images, name.replace(/\.bpmn$/, '.svg'));
    await writeFile(target, svg.endsWith('\n') ? svg : svg + '\n');
    console.log(`${path.relative(root, target)} from processes/${name}`);
    if (pngDir) {
      await mkdir(pngDir, { recursive: true });
      const png = await renderPng(browser, svg);
      const pngTarget = path.join(pngDir, name.replace(/\.bpmn$/, '.png'));
      await writeFile(pngTarget, png);
      console.log(`${pngTarget} (to look at; not committed)`);
    }
  }
} finally {
  await browser.close();
}

// bpmn-js gives arrow-head markers random ids; number them in order so that drawing an
// unchanged diagram again gives the same file.
function stableIds(svg) {
  const ids = new Map();
  return svg.replace(/marker-[a-z0-9]{10,}/g, (id) => {
    if (!ids.has(id)) {
      ids.set(id, `marker-${ids.size + 1}`);
    }
    return ids.get(id);
  });
}

// Draws the SVG at its own size on a white page and takes a picture of it.
async function renderPng(browser, svg) {
  const width = Math.ceil(Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 1600));
  const height = Math.ceil(Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 1000));
  const page = await browser.newPage({ viewport: { width, height } });
  try {
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    return await page.screenshot({ fullPage: true });
  } finally {
    await page.close();
  }
}
