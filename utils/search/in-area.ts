import type { ServiceArea } from '../content/content-schema';

/**
 * National and pan-London services always show; a borough's own services show to
 * that borough. With no borough chosen, every service shows (labelled by area).
 */
export function inArea(area: ServiceArea, borough: string | null): boolean {
  if (area === 'national' || area === 'london') return true;
  return borough === null || area.includes(borough);
}
