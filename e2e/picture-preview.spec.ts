// While a pointer drags a slider, a flagship widget's picture is drawn by the painter worker on a
// canvas over the DOM picture, which holds still (src/ui/picture, decisions.md). Real mouse drags,
// compared as screenshots: the drawn picture follows each move, and it is the picture the DOM
// shows once the hand lets go. Keys never start it.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Blocks of 4 × 4 pixels of two same-size PNGs whose mean colour differs by more than
 * `tolerance` in a channel. Averaging over a block forgives what differs between the canvas's
 * and the DOM's anti-aliasing of the same text and lines, not a bar, a line or a cell elsewhere.
 */
async function differingBlocks(page: Page, a: Buffer, b: Buffer, tolerance = 40) {
  return page.evaluate(
    async ({ a64, b64, tolerance }) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2-D context');
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [pa, pb] = await Promise.all([pixels(a64), pixels(b64)]);
      if (pa.width !== pb.width || pa.height !== pb.height) return { differing: -1, total: 0 };
      const B = 4;
      let differing = 0;
      let total = 0;
      for (let by = 0; by + B <= pa.height; by += B) {
        for (let bx = 0; bx + B <= pa.width; bx += B) {
          total++;
          const sum = [0, 0, 0];
          for (let y = by; y < by + B; y++) {
            for (let x = bx; x < bx + B; x++) {
              const i = (y * pa.width + x) * 4;
              for (let c = 0; c < 3; c++) sum[c]! += (pa.data[i + c] ?? 0) - (pb.data[i + c] ?? 0);
            }
          }
          if (sum.some((d) => Math.abs(d) / (B * B) > tolerance)) differing++;
        }
      }
      return { differing, total };
    },
    { a64: a.toString('base64'), b64: b.toString('base64'), tolerance },
  );
}

interface Case {
  widget: string;
  route: string;
  slider: RegExp;
  /** The boxes whose picture the painter draws during a drag. */
  pictures: string[];
  /** Two places along the track, 0 … 1, whose pictures differ. */
  from: number;
  to: number;
}

const cases: Case[] = [
  {
    widget: 'softmax-temperature',
    route: '/lessons/softmax',
    slider: /^Temperature/,
    pictures: ['.st-tokens-box'],
    from: 0.15,
    to: 0.75,
  },
  {
    widget: 'gradient-descent',
    route: '/lessons/gradient-descent?gradient-descent.fn=regression&gradient-descent.steps=50',
    slider: /^Learning rate/,
    pictures: ['.gd-plot-box', '.gd-loss__box'],
    // η ≈ 0.001 and ≈ 0.03 on the log track from 10⁻⁴ to 2: slow, then fast convergence
    from: 0.25,
    to: 0.6,
  },
  {
    widget: 'attention-heatmap',
    route: '/lessons/attention',
    slider: /^Temperature/,
    pictures: ['.heatmap__plot'],
    from: 0.2,
    to: 0.7,
  },
];

// tall enough that each widget's slider and pictures are on screen together
test.use({ viewport: { width: 1280, height: 1500 } });

async function open(page: Page, c: Case) {
  await page.goto(c.route);
  // the lesson's later blocks are all there, so nothing moves under the drag
  await expect(page.locator('section.confusions').last()).toBeAttached();
  const widget = page.locator(`section#${c.widget}`);
  await widget.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const slider = widget.getByLabel(c.slider).first();
  const box = await slider.boundingBox();
  if (!box) throw new Error(`${c.widget}: the slider has no box`);
  const pictures = c.pictures.map((selector) => widget.locator(selector).first());
  return { widget, slider, box, pictures };
}

const snap = (pictures: Locator[]) =>
  Promise.all(pictures.map((p) => p.screenshot({ animations: 'disabled', caret: 'hide' })));

for (const scheme of ['light', 'dark'] as const) {
  for (const c of cases) {
    test(`${c.widget}, ${scheme} theme: a mouse drag is drawn by the painter, then by the page`, async ({
      page,
    }) => {
      // the painter reads the theme's colours when a drag starts
      await page.emulateMedia({ colorScheme: scheme });
      const { box, pictures } = await open(page, c);
      const y = box.y + box.height / 2;
      const x = (f: number) => box.x + 8 + (box.width - 16) * f;
      const before = await snap(pictures);
      await page.mouse.move(x(c.from), y);
      await page.mouse.down();
      await page.mouse.move(x(c.from) + 2, y);
      for (const p of pictures) await expect(p).toHaveAttribute('data-picture-preview', '');
      await expect(pictures[0]!.locator('.picture-overlay')).toBeVisible();
      await page.waitForTimeout(200);
      const atFrom = await snap(pictures);

      await page.mouse.move(x(c.to), y, { steps: 6 });
      await page.waitForTimeout(200);
      const atTo = await snap(pictures);
      await page.mouse.up();
      for (const p of pictures) await expect(p).not.toHaveAttribute('data-picture-preview');
      await expect(pictures[0]!.locator('.picture-overlay')).toBeHidden();
      await page.waitForTimeout(200);
      const released = await snap(pictures);

      for (let i = 0; i < pictures.length; i++) {
        const [b, f, t, r] = [before[i]!, atFrom[i]!, atTo[i]!, released[i]!];
        // the drawn picture follows the hand: it changed with the slider
        const moved = await differingBlocks(page, f, t);
        expect(moved.differing, `${c.pictures[i]} moved`).toBeGreaterThan(moved.total * 0.005);
        expect((await differingBlocks(page, b, f)).differing).toBeGreaterThan(0);
        // and it is the page's own picture at that value: only anti-aliasing differs (measured:
        // 0–15 blocks of 7,056–17,490; drawing the loss chart's grid in the wrong colour, 167)
        const same = await differingBlocks(page, t, r);
        expect(same.differing, `${c.pictures[i]}: ${same.differing} of ${same.total}`).toBeLessThan(
          same.total * 0.005,
        );
        // a size mismatch reads as no blocks compared at all
        expect(same.total, 'both shots have one size').toBeGreaterThan(0);
      }
    });
  }
}

test('keys step a slider without the painter: the page redraws at once', async ({ page }) => {
  const c = cases[0]!;
  const { slider, pictures } = await open(page, c);
  const prob = pictures[0]!.locator('.st-prob').first();
  const before = await prob.textContent();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(prob).not.toHaveText(before ?? '');
  await expect(pictures[0]!).not.toHaveAttribute('data-picture-preview');
});
