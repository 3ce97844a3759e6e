import { useRef, useState } from 'preact/hooks';
import type { Service } from '../utils/content/content-schema';
import type { HandoverMethod } from '../utils/copy/handover';
import type { QrDialog as QrDialogType } from './QrDialog';
import type { SmsText as SmsTextType } from './SmsText';

export interface SlipChoice {
  chosen: boolean;
  /** The slip is full: more cannot be added (removing still works). */
  full: boolean;
  onToggle: (service: Service) => void;
}

export interface HandoverActionsProps {
  service: Service;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copy: (text: string) => Promise<void>;
  /** A handover happened (QR shown, text copied): the sidebar offers to log it. */
  onHandover: (service: Service, method: HandoverMethod) => void;
  slip?: SlipChoice;
}

type Open = 'qr' | 'sms' | null;

/**
 * The dialogs (and the QR library) load on first use, not with the side panel: most
 * conversations never open one, and the panel's JavaScript budget is tight.
 */
interface Dialogs {
  QrDialog: typeof QrDialogType;
  SmsText: typeof SmsTextType;
}
let loaded: Dialogs | null = null;
const loadHandoverDialogs = async (): Promise<Dialogs> => {
  if (!loaded) {
    const [qr, sms] = await Promise.all([import('./QrDialog'), import('./SmsText')]);
    loaded = { QrDialog: qr.QrDialog, SmsText: sms.SmsText };
  }
  return loaded;
};

/** Ways to give the person the service without typing anything about them. */
export function HandoverActions({ service, copy, onHandover, slip }: HandoverActionsProps) {
  const [open, setOpenNow] = useState<Open>(null);
  const [dialogs, setDialogs] = useState<Dialogs | null>(loaded);
  const setOpen = (which: Open) => {
    if (which === null || dialogs) return setOpenNow(which);
    void loadHandoverDialogs().then((d) => {
      setDialogs(d);
      setOpenNow(which);
    });
  };
  const qrButton = useRef<HTMLButtonElement>(null);
  const smsButton = useRef<HTMLButtonElement>(null);
  const close = (button: { current: HTMLButtonElement | null }) => () => {
    setOpen(null);
    // The browser usually restores focus itself; say so explicitly for every browser.
    button.current?.focus();
  };
  const { url } = service;
  return (
    <>
      {url && (
        <button
          type="button"
          ref={qrButton}
          class="card__action"
          aria-haspopup="dialog"
          onClick={() => {
            setOpen('qr');
            onHandover(service, 'qr-shown');
          }}
        >
          <span class="visually-hidden">Show </span>QR code<span class="visually-hidden"> for {service.name}</span>
        </button>
      )}
      <button type="button" ref={smsButton} class="card__action" aria-haspopup="dialog" onClick={() => setOpen('sms')}>
        Text<span class="visually-hidden"> message for {service.name}</span>
      </button>
      {slip && (
        <button
          type="button"
          class="card__action"
          aria-pressed={slip.chosen}
          disabled={!slip.chosen && slip.full}
          onClick={() => slip.onToggle(service)}
        >
          Add to slip<span class="visually-hidden"> to print: {service.name}</span>
        </button>
      )}
      {open === 'qr' && dialogs && url && <dialogs.QrDialog service={{ ...service, url }} onClose={close(qrButton)} />}
      {open === 'sms' && dialogs && (
        <dialogs.SmsText
          service={service}
          onCopy={(text) => copy(text).then(() => onHandover(service, 'sms-text-copied'))}
          onClose={close(smsButton)}
        />
      )}
    </>
  );
}
