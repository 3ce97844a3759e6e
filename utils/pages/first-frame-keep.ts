/**
 * The live page's side of the first frame (first-frame-format.ts): it takes over from the
 * frame drawn while its code loaded (first-frame-draw.ts), presses again any button pressed on
 * the frame, and keeps its own first frame for the next open.
 *
 * Only a page's pristine first frame is kept: drawn before anything was typed or pressed, so
 * no search, no message and no count of contacts is ever written down, only what every open
 * of the page shows first (the topic list, the borough chosen, the text size).
 */
import { couldNotShow } from './could-not-show';
import type { FrameClick } from './first-frame-draw';
import { FIRST_FRAME_ID, NEVER_DRAWN, buildOf, firstFrameKey, neverKept, type FirstFrame, type FrameNode } from './first-frame-format';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Below this many pixels from the top, nothing is kept: the frame is on screen for a tenth of a
 * second, and what no one can see then is only more to draw (a 900 px panel's topic list runs
 * to 1,300 px). Half as much again as the panel, for a panel opened taller than the last.
 */
const keptHeight = (doc: Document) => (doc.defaultView?.innerHeight ?? 0) * 1.5;

function keepNode(node: Node, below: number): FrameNode | null {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return null;
  const element = node as Element;
  const tag = element.localName;
  if (NEVER_DRAWN.has(tag)) return null;
  // A select shows its choice only: the frame's list cannot be opened.
  if (tag === 'option' && !(element as HTMLOptionElement).selected) return null;
  const box = element.getBoundingClientRect();
  if (below > 0 && box.height > 0 && box.top > below) return null;
  const a: Array<[string, string]> = [];
  for (const attr of element.attributes)
    if (!neverKept(attr.name) && !(tag === 'input' && attr.name === 'value')) a.push([attr.name, attr.value]);
  // Preact sets a select's value as a property: write the choice down as the attribute that draws it.
  if (tag === 'option' && (element as HTMLOptionElement).selected) a.push(['selected', '']);
  const c: FrameNode[] = [];
  for (const child of element.childNodes) {
    const kept = keepNode(child, below);
    if (kept !== null) c.push(kept);
  }
  return { t: tag, ...(element.namespaceURI === SVG ? { ns: SVG } : {}), a, c };
}

/** The page's #app as a frame for the next open. */
export function frameOf(doc: Document, fontSize: string): FirstFrame {
  const app = doc.getElementById('app');
  const below = keptHeight(doc);
  const nodes = app ? [...app.childNodes].map((n) => keepNode(n, below)).filter((n): n is FrameNode => n !== null) : [];
  return { build: buildOf(doc), fontSize, nodes };
}

export interface FirstFrameTakeover {
  /** Whether a first frame is on screen: the page has time to get ready before it is drawn. */
  shown: boolean;
  /** What has been typed into the frame's search box so far, for the live page to search. */
  typed: () => string;
  /**
   * Call after each render of the live page into #app. The first call removes the frame and
   * presses the button pressed on it. Every call leaves the stored frame true to the page as it
   * would first draw now: kept anew when the page shows what it first shows (`atStart`) and
   * nothing was typed or pressed on the frame; otherwise forgotten, as a borough or text size
   * changed since would make it wrong, and the next open draws itself.
   */
  drawn: (fontSize: string) => void;
  /**
   * Watches the live page's start: if it fails before drawing, the frame goes (no one should
   * press a picture that will never answer), is forgotten, and the page says it could not start.
   */
  guard: (start: Promise<unknown>, what: string) => Promise<void>;
}

type Store = Pick<Storage, 'setItem' | 'removeItem'>;

/** Writes later, when the page is idle: the first frame has been drawn, and storage can wait. */
const whenIdle = (write: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(write) : setTimeout(write));

/**
 * Whether the live page shows what it first shows: a page with views marks the one drawn on its
 * root (`data-view`, the sidebar's App), and "start" is the first (the topic list).
 */
const showsStart = (doc: Document) => () => {
  const view = doc.querySelector('#app [data-view]')?.getAttribute('data-view');
  return view === undefined || view === 'start';
};

export interface TakeoverOptions {
  atStart?: () => boolean;
  later?: (write: () => void) => void;
}

export function takeOverFirstFrame(
  doc: Document,
  store: Store,
  page: string,
  { atStart = showsStart(doc), later = whenIdle }: TakeoverOptions = {},
): FirstFrameTakeover {
  const holder = doc.getElementById(FIRST_FRAME_ID);
  const typed = () => holder?.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? '';
  let clicks: FrameClick[] | undefined;
  const keep = (frame: string | null) =>
    later(() => {
      try {
        if (frame === null) store.removeItem(firstFrameKey(page));
        else store.setItem(firstFrameKey(page), frame);
      } catch (error) {
        // A full or switched-off storage: the next open draws itself, as the first ever did.
        console.warn('The first frame could not be kept for the next open', error);
      }
    });
  return {
    shown: holder !== null,
    typed,
    drawn(fontSize) {
      const first = clicks === undefined;
      if (first) {
        clicks = parseClicks(holder?.dataset.clicked);
        holder?.remove();
      }
      // The render that took over from a frame someone typed into or pressed is not the start.
      const usedFrame = first && (typed() !== '' || clicks!.length > 0);
      // Taken now, while the page is as just drawn; written when the page is idle.
      keep(!usedFrame && atStart() ? JSON.stringify(frameOf(doc, fontSize)) : null);
      if (first) replay(doc, clicks!);
    },
    guard: (start, what) =>
      start.then(
        () => undefined,
        (error: unknown) => {
          console.error(`${what} could not start`, error);
          if (clicks !== undefined) return;
          holder?.remove();
          keep(null);
          const alert = doc.createElement('p');
          alert.className = 'render-error';
          alert.setAttribute('role', 'alert');
          alert.textContent = couldNotShow(what);
          doc.getElementById('app')?.replaceChildren(alert);
        },
      ),
  };
}

function parseClicks(text: string | undefined): FrameClick[] {
  if (!text) return [];
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((c): c is FrameClick => typeof c?.index === 'number' && typeof c?.text === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Presses the first button pressed on the frame, if the live page has the same button in the
 * same place. Only the first: on the live page a button pressed twice is busy the second time
 * ("Log contact" logs once), and replayed clicks would all land before it could say so.
 */
function replay(doc: Document, clicks: FrameClick[]): void {
  const first = clicks[0];
  if (!first) return;
  const button = doc.getElementById('app')?.querySelectorAll('button')[first.index];
  if (button && !button.disabled && (button.textContent?.trim() ?? '') === first.text) button.click();
}
