import { useEffect, useState } from 'preact/hooks';
import type { SearchResults } from '../utils/search/run-search';

/** What a screen reader hears once typing pauses: the best match and how many results. */
export function useResultSummary(results: SearchResults, browsing: boolean): string {
  const [summary, setSummary] = useState('');
  useEffect(() => {
    if (browsing) return setSummary('');
    const timer = setTimeout(() => {
      const m = results.messages.length;
      const s = results.services.length + (results.best ? 1 : 0);
      const o = results.others.length;
      const counts = [`${m} message${m === 1 ? '' : 's'}`, `${s} service${s === 1 ? '' : 's'}`];
      if (o > 0) counts.push(`${o} other result${o === 1 ? '' : 's'}`);
      const best = results.best ? `Best match: ${results.best.record.title}. ` : '';
      setSummary(m + s + o === 0 ? 'No results' : `${best}${counts.join(', ')}`);
    }, 500);
    return () => clearTimeout(timer);
  }, [results, browsing]);
  return summary;
}
