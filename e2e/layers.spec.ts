// Composited layers on a desktop page. The sidebar and the contents column are sticky
// scrollers; painted before the lesson, they made Chromium give every later-painted block its
// own layer, because a block might overlap them as the page scrolls (45 on gradient-descent,
// 52 on the reference). Painted last (a positive z-index), they leave the page with its
// handful: the document, its scrollers, the sticky header and sidebars.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const MAX_LAYERS = 12;

async function compositedLayers(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const trees: { backendNodeId?: number }[][] = [];
  cdp.on('LayerTree.layerTreeDidChange', (event) => {
    if (event.layers) trees.push(event.layers);
  });
  await cdp.send('DOM.enable');
  await cdp.send('LayerTree.enable');
  // a frame after enabling reports the tree
  await page.evaluate(() => window.scrollBy(0, 1));
  await expect.poll(() => trees.length).toBeGreaterThan(0);
  const layers = trees.at(-1) ?? [];
  const names: string[] = [];
  for (const layer of layers) {
    if (!layer.backendNodeId) {
      names.push('(no node)');
      continue;
    }
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId: layer.backendNodeId });
    const attrs = node.attributes ?? [];
    const at = attrs.indexOf('class');
    const cls = at >= 0 ? attrs[at + 1] : undefined;
    names.push(`${node.nodeName.toLowerCase()}${cls ? `.${cls}` : ''}`);
  }
  await cdp.detach();
  return names;
}

// what shows the page is all there (a lesson's body arrives block by block)
const routes: [string, string][] = [
  ['/lessons/gradient-descent', 'section.confusions'],
  ['/lessons/attention', 'section.confusions'],
  ['/reference', 'main h2'],
];

test.use({ viewport: { width: 1280, height: 900 } });

for (const [route, last] of routes) {
  test(`${route} keeps to a handful of composited layers at 1280 px`, async ({ page }) => {
    await page.goto(route);
    // every block that could be layered is there
    await expect(page.locator(last).last()).toBeAttached();
    await page.waitForLoadState('networkidle');
    const layers = await compositedLayers(page);
    expect(layers.length, layers.join('\n')).toBeLessThanOrEqual(MAX_LAYERS);
    // the blocks of the text are painted into the document's layer, not one layer each
    expect(layers.filter((name) => /^(p|h2|ul|ol)(\.|$)/.test(name))).toEqual([]);
  });
}
