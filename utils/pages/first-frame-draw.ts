/**
 * Draws the page's last first frame (first-frame-format.ts) before the page's code has loaded,
 * from a small classic script in the page's head, deferred (it runs once the HTML is parsed)
 * and render-blocking (the first paint waits for it, so that paint is the frame, never an empty
 * page): the topic list (or the popup's "Log contact") is in the browser's first paint, not
 * drawn after the code, the settings and the content have been read.
 *
 * The frame is a picture that answers clicks: a button pressed before the page is ready is
 * noted on the frame (`data-clicked`) and pressed again on the live page once it is drawn
 * (first-frame-keep.ts), if the same button is there. Nothing here has focus: the cursor
 * appears in the search box when typing can be answered.
 */
import {
  FIRST_FRAME_ID,
  NEVER_DRAWN,
  buildOf,
  firstFrameKey,
  neverKept,
  pageCode,
  parseFirstFrame,
  type FrameNode,
} from './first-frame-format';

/** A button on the frame as the live page can find it again: its place among the buttons, and its words. */
export interface FrameClick {
  index: number;
  text: string;
}

function drawNode(doc: Document, node: FrameNode): Node | null {
  if (typeof node === 'string') return doc.createTextNode(node);
  if (NEVER_DRAWN.has(node.t.toLowerCase())) return null;
  const element = node.ns ? doc.createElementNS(node.ns, node.t) : doc.createElement(node.t);
  for (const [name, value] of node.a) {
    if (neverKept(name)) continue;
    try {
      element.setAttribute(name, value);
    } catch {
      // A name the DOM refuses: leave that attribute out, draw the rest.
    }
  }
  for (const child of node.c) {
    const drawn = drawNode(doc, child);
    if (drawn) element.append(drawn);
  }
  return element;
}

/** Draws the page's frame beside its empty #app, if one was kept by this build. Returns whether it did. */
export function drawFirstFrame(doc: Document, store: Pick<Storage, 'getItem'>, page: string): boolean {
  const app = doc.getElementById('app');
  if (!app || app.firstChild || doc.getElementById(FIRST_FRAME_ID)) return false;
  let stored: string | null;
  try {
    stored = store.getItem(firstFrameKey(page));
  } catch {
    return false; // storage switched off (a policy, a private profile): the page draws itself
  }
  const frame = parseFirstFrame(stored, buildOf(doc));
  if (!frame) return false;
  const holder = doc.createElement('div');
  holder.id = FIRST_FRAME_ID;
  // Screen readers wait for the live page, which replaces this within a fraction of a second.
  holder.setAttribute('aria-busy', 'true');
  for (const node of frame.nodes) {
    const drawn = drawNode(doc, node);
    if (drawn) holder.append(drawn);
  }
  if (frame.fontSize) doc.documentElement.style.fontSize = frame.fontSize;
  const clicks: FrameClick[] = [];
  holder.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button) return;
    const index = [...holder.querySelectorAll('button')].indexOf(button);
    clicks.push({ index, text: button.textContent?.trim() ?? '' });
    holder.dataset.clicked = JSON.stringify(clicks);
  });
  app.before(holder);
  return true;
}

/**
 * Adds the page's code (kept inert in its template by the build) to the page: in the task after
 * the first frame is painted when one was drawn, so evaluating the code never holds that paint
 * back; at once when not. Under `wxt dev` there is no template: the HTML loads its code itself.
 */
export function startPageCode(doc: Document, framed: boolean, afterPaint: (start: () => void) => void = nextTaskAfterFrame): void {
  const code = pageCode(doc);
  if (!code) return;
  const start = () => doc.head.append(doc.importNode(code.content, true));
  if (framed) afterPaint(start);
  else start();
}

/**
 * A frame callback runs just before the frame is drawn; a task it queues runs after. A page the
 * browser is not showing (a tab opened behind, a sidebar kept while hidden) draws no frames, so
 * the code also starts after a short wait without one: it must never wait to be looked at.
 */
export const FRAME_WAIT_MS = 100;
function nextTaskAfterFrame(start: () => void): void {
  let started = false;
  const once = () => {
    if (!started) start();
    started = true;
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, FRAME_WAIT_MS);
}
