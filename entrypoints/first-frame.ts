/**
 * Runs once the side panel's or the popup's HTML is parsed, before the first paint and before
 * their code loads: draws the page's last first frame (utils/pages/first-frame-draw.ts), then
 * starts the page's code. Which page is on its script tag. Drawing never stops the code starting.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { drawFirstFrame, startPageCode } from '../utils/pages/first-frame-draw';

export default defineUnlistedScript(() => {
  const page = document.currentScript?.dataset.page;
  let framed = false;
  try {
    framed = page !== undefined && drawFirstFrame(document, localStorage, page);
  } catch (error) {
    console.error('The first frame could not be drawn; the page draws itself', error);
  }
  startPageCode(document, framed);
});
