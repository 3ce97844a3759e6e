/**
 * The first frame: what a page (the side panel, the popup) looked like the last time it was
 * first drawn, kept so the next open can show it while the page's code is still loading
 * (issue 18, "time to the first answer"). This file is what both sides agree on: where it is
 * kept, its shape, and which build made it. It is loaded by the tiny script that draws the
 * frame (first-frame-draw.ts), so it imports nothing.
 *
 * Kept as a tree of elements, not HTML: drawing it calls createElement and setAttribute, and
 * never parses markup, so nothing stored can become a script or an event handler.
 */

/** An element: tag, namespace when not HTML (SVG), attributes, children (text is a string). */
export interface FrameElement {
  t: string;
  ns?: string;
  a: Array<[string, string]>;
  c: FrameNode[];
}
export type FrameNode = FrameElement | string;

export interface FirstFrame {
  /** The build that drew it: the page's module script address, which changes with the code. */
  build: string;
  /** The root font size the page had set (the sidebar's text size), so nothing jumps. */
  fontSize: string;
  /** The children of the page's #app. */
  nodes: FrameNode[];
}

/** One key per page in the extension's own localStorage: pages read it synchronously, before any code loads. */
export const firstFrameKey = (page: string) => `mecc:first-frame:${page}`;

/** The element that holds the frame while the page's code loads, in place of #app. */
export const FIRST_FRAME_ID = 'first-frame';

/**
 * Where a built page keeps its code until its first frame is on screen (scripts/lib/first-frame-html.ts):
 * the module script, the modules it preloads, the bundled content preload. Absent under `wxt dev`.
 */
export const PAGE_CODE_ID = 'page-code';

/** The page's code template, when the build made one. (By tag name: the document may be another window's.) */
export function pageCode(doc: Document): HTMLTemplateElement | null {
  const code = doc.getElementById(PAGE_CODE_ID);
  return code?.localName === 'template' ? (code as HTMLTemplateElement) : null;
}

/** The page's own module script: its address has the build's hash, so a new build never draws an old frame. */
export function buildOf(doc: Document): string {
  const within = pageCode(doc)?.content ?? doc;
  return within.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
}

/** Elements never kept or drawn, whatever a stored frame says. */
export const NEVER_DRAWN = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form']);

/** Attributes never kept or drawn: event handlers, and anything that loads or navigates. */
export const neverKept = (name: string) => /^on/i.test(name) || name === 'src' || name === 'href' || name === 'srcdoc' || name === 'style';

function isNode(value: unknown, depth: number): value is FrameNode {
  if (typeof value === 'string') return true;
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  const e = value as Partial<FrameElement>;
  return (
    typeof e.t === 'string' &&
    (e.ns === undefined || typeof e.ns === 'string') &&
    Array.isArray(e.a) &&
    e.a.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') &&
    Array.isArray(e.c) &&
    e.c.every((child) => isNode(child, depth + 1))
  );
}

/** The stored frame, or null when there is none, it is damaged, or another build drew it. */
export function parseFirstFrame(stored: string | null, build: string): FirstFrame | null {
  if (stored === null || build === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  const frame = value as Partial<FirstFrame>;
  if (typeof value !== 'object' || value === null || frame.build !== build || typeof frame.fontSize !== 'string') return null;
  return Array.isArray(frame.nodes) && frame.nodes.every((n) => isNode(n, 0)) ? (frame as FirstFrame) : null;
}
