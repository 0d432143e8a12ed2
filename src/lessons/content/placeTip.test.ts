import { describe, expect, it } from 'vitest';
import { EDGE, placeTip, TIP_GAP } from './placeTip';

const phone = { width: 360, height: 700 };
const desktop = { width: 1280, height: 900 };
const term = (left: number, top: number, width = 60) => ({
  left,
  top,
  right: left + width,
  bottom: top + 20,
});

describe('placeTip', () => {
  it('puts the tip above the term, starting where the term starts', () => {
    expect(placeTip(term(40, 300), { width: 200, height: 80 }, phone)).toEqual({
      left: 40,
      top: 300 - TIP_GAP - 80,
      below: false,
    });
  });

  it('moves a tip that would leave the right edge of a phone back on screen', () => {
    // the "entropy" heading cell of the softmax lesson at 360 px: tip 262–550 before
    const place = placeTip(term(262, 300), { width: 288, height: 100 }, phone);
    expect(place.left).toBe(360 - EDGE - 288);
    expect(place.left + 288).toBeLessThanOrEqual(360 - EDGE);
  });

  it('keeps the tip inside the reading column when it fits there', () => {
    const column = { left: 312, top: 0, right: 984, bottom: 9000 };
    // "dot product" near the column's right edge at 1280 px: tip 830–1150 ran under the contents
    const place = placeTip(term(830, 400), { width: 320, height: 100 }, desktop, column);
    expect(place.left).toBe(984 - 320);
  });

  it('uses the whole screen when the column is narrower than the tip', () => {
    const column = { left: 16, top: 0, right: 200, bottom: 9000 };
    // it could not end inside the column anyway: it only has to stay on screen
    const place = placeTip(term(40, 400), { width: 288, height: 100 }, phone, column);
    expect(place.left).toBe(40);
  });

  it('never starts left of the screen, even for a tip wider than it', () => {
    expect(placeTip(term(5, 400), { width: 500, height: 100 }, phone).left).toBe(EDGE);
  });

  it('hangs below a term at the top of the screen', () => {
    const place = placeTip(term(40, 30), { width: 200, height: 80 }, phone);
    expect(place).toEqual({ left: 40, top: 50 + TIP_GAP, below: true });
  });
});
