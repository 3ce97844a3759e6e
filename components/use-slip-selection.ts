import { useState } from 'preact/hooks';
import type { Service } from '../utils/content/content-schema';
import { SLIP_MAX_SERVICES } from '../utils/copy/slip-link';
import type { SlipChoice } from './HandoverActions';

export interface SlipSelection {
  ids: string[];
  choiceFor: (service: Service) => SlipChoice;
  clear: () => void;
  /** Whether the open message's "what to say" goes on the slip too. */
  withSay: boolean;
  setWithSay: (on: boolean) => void;
}

/** The services chosen for the printed slip, in the order chosen; kept while the sidebar is open. */
export function useSlipSelection(): SlipSelection {
  const [ids, setIds] = useState<string[]>([]);
  const [withSay, setWithSay] = useState(true);
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
    withSay,
    setWithSay,
  };
}
