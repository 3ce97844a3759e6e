import { useMemo } from 'preact/hooks';
import { qrDrawing } from '../utils/copy/qr-code';

export interface QrCodeProps {
  /** What the code holds: a service's public web address. */
  value: string;
  /** Read by screen readers instead of the pattern, e.g. "QR code for Samaritans". */
  label: string;
  class?: string;
}

/**
 * Black modules on a white square whatever the colour scheme: scanners need dark on
 * light, and the printed slip must work in black and white.
 */
export function QrCode({ value, label, class: className }: QrCodeProps) {
  const drawing = useMemo(() => {
    try {
      return qrDrawing(value);
    } catch {
      // More than a QR code can hold (security review T3-QR-LONG): say so, keep the rest of the card.
      return null;
    }
  }, [value]);
  if (!drawing)
    return <p class={`qr-none ${className ?? ''}`.trim()}>No QR code for this link: it is too long. Give the web address instead.</p>;
  const { size, path } = drawing;
  return (
    <svg class={`qr ${className ?? ''}`.trim()} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
