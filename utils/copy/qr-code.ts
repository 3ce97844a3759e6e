/**
 * A QR code for a service's public web address, drawn on this machine. The URL never
 * goes to a remote image service (some QR extensions do exactly that).
 *
 * uqr (UnJS, MIT, no dependencies) is a TypeScript port of Project Nayuki's reference QR
 * generator; it returns the module matrix, so we draw it as one SVG path (no innerHTML).
 */
import { encode } from 'uqr';

/** The quiet zone the QR specification asks for, in modules, around the code. */
export const QR_QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included (the SVG viewBox). */
  size: number;
  /** An SVG path of every dark module, one unit square each. */
  path: string;
}

/**
 * Error correction M (15%): a screen glare or a crease in a printed slip is survivable,
 * and the code stays small enough for a long NHS URL to scan at arm's length.
 */
export function qrDrawing(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: QR_QUIET_ZONE });
  const parts: string[] = [];
  data.forEach((row, y) => {
    // Runs of dark modules as one rectangle each: fewer path commands, no hairline seams.
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, path: parts.join('') };
}
