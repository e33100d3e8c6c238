// PNG helpers for browser tests: size from the header, and pixels decoded in the page (no Node decoder needed).
import type { Page } from 'playwright-core';

export function pngSize(buffer: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Decodes a PNG in the page and keeps it there for pixel queries. */
export async function loadImage(page: Page, png: Buffer): Promise<void> {
  await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    (window as unknown as { testImage: CanvasRenderingContext2D }).testImage = ctx;
  }, png.toString('base64'));
}

/** The colour of one pixel of the loaded image, as #rrggbb. */
export function pixel(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      const ctx = (window as unknown as { testImage: CanvasRenderingContext2D }).testImage;
      const d = ctx.getImageData(px as number, py as number, 1, 1).data;
      return `#${[d[0], d[1], d[2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
    },
    [x, y],
  );
}

/** Shares of the loaded image's pixels that are dark (ink) and that are not white (anything drawn). */
export function inkShares(page: Page): Promise<{ dark: number; drawn: number; pixels: number }> {
  return page.evaluate(() => {
    const ctx = (window as unknown as { testImage: CanvasRenderingContext2D }).testImage;
    const { width, height } = ctx.canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    let dark = 0;
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] as number;
      const g = data[i + 1] as number;
      const b = data[i + 2] as number;
      if (r < 100 && g < 100) dark++;
      if (r < 235 || b < 235) drawn++;
    }
    return { dark, drawn, pixels: data.length / 4 };
  });
}

/** Pixels of a rectangle of the loaded image that are dark (ink) and that differ from a background colour. */
export function inkIn(
  page: Page,
  area: { x: number; y: number; width: number; height: number },
  background = '#ffffff',
): Promise<{ dark: number; drawn: number; pixels: number }> {
  return page.evaluate(
    ({ x, y, width, height, bg }) => {
      const ctx = (window as unknown as { testImage: CanvasRenderingContext2D }).testImage;
      const data = ctx.getImageData(x, y, width, height).data;
      const ref = [1, 3, 5].map((i) => Number.parseInt(bg.slice(i, i + 2), 16));
      let dark = 0;
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
        if (r < 100 && g < 100) dark++;
        if (Math.abs(r - (ref[0] ?? 0)) + Math.abs(g - (ref[1] ?? 0)) + Math.abs(b - (ref[2] ?? 0)) > 30)
          drawn++;
      }
      return { dark, drawn, pixels: data.length / 4 };
    },
    { ...area, bg: background },
  );
}
