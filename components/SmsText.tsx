import { useMemo, useState } from 'preact/hooks';
import type { Service } from '../utils/content/content-schema';
import { countSms, SMS_LIMITS, SMS_WARN_ABOVE_SEGMENTS, type SmsCount } from '../utils/copy/sms-segments';
import { smsText } from '../utils/copy/sms-text';
import { Dialog } from './Dialog';

export interface SmsTextProps {
  service: Service;
  /** Puts the text on the clipboard and tells the user; rejects when the browser refuses. */
  onCopy: (text: string) => Promise<void>;
  onClose: () => void;
}

const texts = (n: number) => `${n} text message${n === 1 ? '' : 's'}`;

/** "145 characters · 1 text message · GSM-7, 160 characters a text", in words a receptionist can use. */
export function smsCountLine(count: SmsCount): string {
  const limits = SMS_LIMITS[count.encoding];
  const per = count.segments > 1 ? `${limits.perPart} a part once split` : `up to ${limits.single} in one text`;
  const doubled = count.encoding === 'GSM-7' && count.units > count.characters ? ' (€ [ ] { } ~ ^ | \\ count as 2)' : '';
  return `${count.units} characters${doubled} · ${texts(count.segments)} · ${count.encoding}, ${per}`;
}

/**
 * The text-message version of a service, editable so it can be shortened, with a live
 * count. Nothing here is stored: the person's number is typed in the messaging tool.
 */
export function SmsText({ service, onCopy, onClose }: SmsTextProps) {
  const [value, setValue] = useState(() => smsText(service));
  const count = useMemo(() => countSms(value), [value]);
  const [copied, setCopied] = useState('');
  const id = `sms-${service.id}`;
  const copy = () =>
    onCopy(value).then(
      () => setCopied('Copied. Paste it into your messaging tool.'),
      () => setCopied('Could not copy. Select the text and press Ctrl+C instead.'),
    );
  return (
    <Dialog id={id} title={`Text message for ${service.name}`} onClose={onClose} class="dialog--sms">
      <p class="dialog__hint" id={`${id}-hint`}>
        Copy it into your messaging tool (for example Accurx) and send it from there. Do not type the person’s number or name here: this
        sidebar never keeps either.
      </p>
      <label class="sms__label" for={`${id}-text`}>
        Text message
      </label>
      <textarea
        id={`${id}-text`}
        class="sms__text"
        rows={5}
        value={value}
        aria-describedby={`${id}-count ${id}-hint`}
        onInput={(event) => setValue((event.target as HTMLTextAreaElement).value)}
      />
      <p id={`${id}-count`} class="sms__count" data-encoding={count.encoding} data-segments={count.segments}>
        {smsCountLine(count)}
      </p>
      {count.encoding === 'UCS-2' && (
        <p class="sms__note">
          {count.nonGsm
            .slice(0, 5)
            .map((ch) => `“${ch}”`)
            .join(' ')}{' '}
          {count.nonGsm.length === 1 ? 'is' : 'are'} not in the standard text alphabet, so each text holds {SMS_LIMITS['UCS-2'].single}{' '}
          characters, not {SMS_LIMITS['GSM-7'].single}.
        </p>
      )}
      <div role="alert" class="sms__warning-region">
        {count.tooLong && (
          <p class="sms__warning">
            This needs {texts(count.segments)}. Shorten it to {SMS_WARN_ABOVE_SEGMENTS} or fewer before you send it: long texts cost more
            and can arrive in pieces.
          </p>
        )}
      </div>
      <div class="card__actions">
        <button type="button" class="button" onClick={() => void copy()} disabled={count.segments === 0}>
          Copy text message
        </button>
      </div>
      <p role="status" class="sms__status">
        {copied}
      </p>
    </Dialog>
  );
}
