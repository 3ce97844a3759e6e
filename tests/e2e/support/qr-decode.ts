/**
 * Reads what a test sees: QR codes in a PNG screenshot or a rendered PDF page (jsQR), and
 * the text and pages of a PDF (pdf.js, its canvas through @napi-rs/canvas). All local.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export function pngToRgba(png: Buffer): Rgba {
  const image = PNG.sync.read(png);
  return { data: new Uint8ClampedArray(image.data), width: image.width, height: image.height };
}

/**
 * Every QR code in the image: jsQR finds one at a time, so each one found is painted
 * white and the image searched again.
 */
export function decodeAllQr(image: Rgba, max = 10): string[] {
  const data = new Uint8ClampedArray(image.data);
  const found: string[] = [];
  for (let i = 0; i < max; i++) {
    const code = jsQR(data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    if (!code) break;
    found.push(code.data);
    const { topLeftCorner: a, topRightCorner: b, bottomLeftCorner: c, bottomRightCorner: d } = code.location;
    const pad = Math.ceil(Math.abs(b.x - a.x) / 8);
    const [x0, x1] = [Math.min(a.x, c.x) - pad, Math.max(b.x, d.x) + pad].map(Math.round) as [number, number];
    const [y0, y1] = [Math.min(a.y, b.y) - pad, Math.max(c.y, d.y) + pad].map(Math.round) as [number, number];
    for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) {
      data.fill(255, (y * image.width + Math.max(0, x0)) * 4, (y * image.width + Math.min(image.width, x1)) * 4);
    }
  }
  return found;
}

/** A rectangle of the image (clamped to it), e.g. where the DOM says a QR code is. */
export function cropRgba(image: Rgba, box: { x: number; y: number; width: number; height: number }): Rgba {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const width = Math.min(image.width - x0, Math.ceil(box.width));
  const height = Math.min(image.height - y0, Math.ceil(box.height));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    data.set(image.data.subarray(((y0 + y) * image.width + x0) * 4, ((y0 + y) * image.width + x0 + width) * 4), y * width * 4);
  }
  return { data, width, height };
}

export interface PdfReading {
  pages: number;
  /** Each page's text, items joined by spaces. */
  text: string[];
  /** Each page rendered to RGBA at `scale`. */
  images: Rgba[];
}

export async function readPdf(pdf: Uint8Array, scale = 3): Promise<PdfReading> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const text: string[] = [];
  const images: Rgba[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    const viewport = page.getViewport({ scale });
    const factory = doc.canvasFactory as { create: (w: number, h: number) => { canvas: unknown; context: unknown } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport }).promise;
    const ctx = context as CanvasRenderingContext2D;
    const pixels = ctx.getImageData(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
    images.push({ data: new Uint8ClampedArray(pixels.data), width: pixels.width, height: pixels.height });
    void canvas;
  }
  await doc.destroy();
  return { pages: doc.numPages, text, images };
}
