import { useState } from 'preact/hooks';
import type { Service } from '../utils/content/content-schema';
import { SLIP_MAX_SERVICES } from '../utils/copy/slip-link';
import type { SlipChoice } from './HandoverActions';

export interface SlipSelection {
  ids: string[];
  choiceFor: (service: Service) => SlipChoice;
  clear: () => void;
}

/** The services chosen for the printed slip, in the order chosen; kept while the sidebar is open. */
export function useSlipSelection(): SlipSelection {
  const [ids, setIds] = useState<string[]>([]);
  const onToggle = (service: Service) =>
    setIds((current) =>
      current.includes(service.id)
        ? current.filter((id) => id !== service.id)
        : current.length >= SLIP_MAX_SERVICES
          ? current
          : [...current, service.id],
    );
  return {
    ids,
    choiceFor: (service) => ({ chosen: ids.includes(service.id), full: ids.length >= SLIP_MAX_SERVICES, onToggle }),
    clear: () => setIds([]),
  };
}
