import type { Area } from '../utils/content/content-schema';

/**
 * The one sentence for a borough with no local service for a need, in the topic view and
 * in search alike, so staff read "none is listed" the same way wherever they look.
 */
export function noLocalServiceText(topicTitle: string, borough: Area, hasFallback: boolean): string {
  return (
    `No local ${topicTitle.toLowerCase()} service is listed for ${borough.name} yet.` +
    (hasFallback ? ' Point the person to the national or London-wide route.' : ' Ask their GP, or call NHS 111.')
  );
}
