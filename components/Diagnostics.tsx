import { useState } from 'preact/hooks';
import type { Area } from '../utils/content/content-schema';
import type { DiagnosticsInfo, SettingRow } from '../utils/settings/collect-diagnostics';
import type { SettingName, Settings } from '../utils/settings/setting-definitions';
import { SiteHeader } from './SiteHeader';
import { YourSettings } from './YourSettings';

export interface DiagnosticsProps {
  info: DiagnosticsInfo;
  areas: Area[];
  onSave: <K extends SettingName>(name: K, value: Settings[K]) => Promise<boolean>;
  onCopy: (text: string) => Promise<void>;
}

const SOURCE_LABEL: Record<SettingRow['source'], string> = {
  policy: 'Set by your organisation (locked)',
  recommended: "Organisation's recommendation",
  user: 'Chosen in this browser',
  default: 'Default',
};

function show(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : JSON.stringify(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The options page: the user's own settings, then what IT needs for a support ticket. */
export function Diagnostics({ info, areas, onSave, onCopy }: DiagnosticsProps) {
  const [copied, setCopied] = useState('');
  const text = JSON.stringify(info, null, 2);
  return (
    <>
      <SiteHeader />
      <main class="diagnostics">
        <h1>MECC Sidebar settings and diagnostics</h1>
        <YourSettings rows={info.settings} areas={areas} onSave={onSave} />

        <h2>Diagnostics</h2>
        <p>
          Version {info.extension.version} · extension id <code>{info.extension.id}</code>
        </p>
        <p class="diagnostics__browser">{info.browser}</p>
        <button
          type="button"
          class="button"
          onClick={() =>
            void onCopy(text).then(
              () => setCopied('Diagnostics copied. Paste them into your support ticket.'),
              () => setCopied('Could not copy. Select the text below and copy it instead.'),
            )
          }
        >
          Copy diagnostics
        </button>
        <p role="status">{copied}</p>

        {info.warnings.length > 0 && (
          <section class="diagnostics__warnings" aria-labelledby="warnings-heading">
            <h3 id="warnings-heading">Policy problems</h3>
            <ul>
              {info.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </section>
        )}

        <h3>Settings in force</h3>
        <table class="diagnostics__table">
          <caption class="visually-hidden">Every setting, its value and where it comes from</caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">Set by</th>
            </tr>
          </thead>
          <tbody>
            {info.settings.map((row) => (
              <tr key={row.name} data-setting={row.name} data-locked={row.locked ? 'true' : 'false'}>
                <th scope="row">
                  {row.title}
                  <br />
                  <code>{row.name}</code>
                </th>
                <td>
                  <code>{show(row.value)}</code>
                </td>
                <td>{SOURCE_LABEL[row.source]}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h3>Content feeds</h3>
        {info.feeds.length === 0 ? (
          <p>No feed is configured: the built-in content is in use.</p>
        ) : (
          <table class="diagnostics__table">
            <caption class="visually-hidden">Each configured feed and its last update</caption>
            <thead>
              <tr>
                <th scope="col">Feed</th>
                <th scope="col">Version</th>
                <th scope="col">Expires</th>
                <th scope="col">Last update</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {info.feeds.map((f) => (
                <tr key={f.source}>
                  <th scope="row">
                    {f.source}
                    <br />
                    <code>{f.url}</code>
                  </th>
                  <td>{f.version ?? '(none yet)'}</td>
                  <td>
                    {f.expires ?? '–'}
                    {f.expired && <strong class="diagnostics__expired"> expired: the content in use is out of date</strong>}
                  </td>
                  <td>{f.lastSuccess ?? 'never'}</td>
                  <td>{f.lastError ?? 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          Trusted key ids:{' '}
          {info.trustedKeyIds.length === 0 ? '(none: no feed can be accepted)' : info.trustedKeyIds.map((k) => <code key={k}>{k} </code>)}
        </p>

        <h3>Contact log</h3>
        <p>
          {info.contacts.stored} contacts kept in this browser · {info.contacts.outboxRecords} waiting to upload in{' '}
          {info.contacts.outboxBatches} batches
        </p>
        {info.contacts.outboxRecords > 0 && (
          <p class="diagnostics__note">
            Waiting records are kept only in this browser until they are sent. If the extension is uninstalled they are deleted, and a
            force-installed extension is uninstalled when its policy file is missing or is not valid JSON. Before changing the policy file,
            check it (for example <code>python3 -m json.tool mecc-sidebar.json</code>) and replace it in one step (admin guide, section 6).
          </p>
        )}
        {info.contacts.warnings.length > 0 && (
          <ul class="diagnostics__warnings" aria-label="Upload warnings">
            {info.contacts.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}

        <details>
          <summary>Show the diagnostics text</summary>
          <pre class="diagnostics__text">{text}</pre>
        </details>
      </main>
    </>
  );
}
