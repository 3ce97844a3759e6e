import type { Service } from '../utils/content/content-schema';
import { Dialog } from './Dialog';
import { QrCode } from './QrCode';

export interface QrDialogProps {
  /** Only a service with a public web page has a code to show. */
  service: Service & { url: string };
  onClose: () => void;
}

/** A code big enough to scan from the screen at arm's length: the panel's full width. */
export function QrDialog({ service, onClose }: QrDialogProps) {
  return (
    <Dialog id={`qr-${service.id}`} title={`QR code for ${service.name}`} onClose={onClose} class="dialog--qr">
      <p class="dialog__hint">Ask them to point their phone camera at the code. It opens:</p>
      <QrCode value={service.url} label={`QR code for ${service.name}, opens ${service.url}`} class="qr--large" />
      <p class="dialog__url">{service.url}</p>
      {service.phone && (
        <p class="dialog__phone">
          Phone <strong>{service.phone}</strong>
        </p>
      )}
    </Dialog>
  );
}
