import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrDrawing } from '../../../utils/copy/qr-code';

/** Rasterises the drawing's path (only the M x y h w v1 … z rectangles it emits) to RGBA. */
function rasterise(text: string, scale = 4) {
  const { size, path } = qrDrawing(text);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + w) * scale; px++) {
        const i = (py * width + px) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return { pixels, width, size, path };
}

describe('qrDrawing', () => {
  it.each([
    'https://www.nhs.uk/better-health/quit-smoking/',
    'https://www.samaritans.org/',
    'https://www.gov.uk/government/publications/a-very-long-address/with-a-query?and=some&more=parameters#and-a-fragment',
  ])('decodes to exactly %s', (url) => {
    const { pixels, width } = rasterise(url);
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });

  it('keeps a four-module quiet zone (nothing dark near the edge)', () => {
    const { size, path } = rasterise('https://www.nhs.uk/');
    const coords = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[1]) + Number(m[3])]);
    expect(Math.min(...coords.map((c) => c[0]!))).toBe(QR_QUIET_ZONE);
    expect(Math.min(...coords.map((c) => c[1]!))).toBe(QR_QUIET_ZONE);
    expect(Math.max(...coords.map((c) => c[2]!))).toBe(size - QR_QUIET_ZONE);
  });

  it('draws a different code for a different address', () => {
    expect(qrDrawing('https://a.example/').path).not.toBe(qrDrawing('https://b.example/').path);
  });
});
