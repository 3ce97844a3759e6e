import { useState } from 'preact/hooks';
import type { Area } from '../utils/content/content-schema';
import type { SettingRow } from '../utils/settings/collect-diagnostics';
import type { SettingName, Settings } from '../utils/settings/setting-definitions';

export interface YourSettingsProps {
  rows: SettingRow[];
  areas: Area[];
  onSave: <K extends SettingName>(name: K, value: Settings[K]) => Promise<boolean>;
}

/** The few settings a member of staff may choose; locked ones are shown, greyed, and say why. */
export function YourSettings({ rows, areas, onSave }: YourSettingsProps) {
  const [message, setMessage] = useState('');
  const row = (name: SettingName) => rows.find((r) => r.name === name)!;
  const save = <K extends SettingName>(name: K, value: Settings[K]) =>
    void onSave(name, value).then((ok) => setMessage(ok ? 'Saved.' : 'Not saved: your organisation sets this.'));
  const lockNote = (r: SettingRow) =>
    r.locked ? (
      <span class="locked-note" id={`${r.name}-locked`}>
        Set by your organisation
      </span>
    ) : null;
  const borough = row('borough');
  const team = row('team');
  const toolbar = row('toolbarMode');
  const badge = row('badge');
  const [teamText, setTeamText] = useState(String(team.value ?? ''));

  return (
    <section aria-labelledby="your-settings-heading">
      <h2 id="your-settings-heading">Your settings</h2>
      <div class="field">
        <label for="set-borough">Borough</label>
        <select
          id="set-borough"
          disabled={borough.locked}
          aria-describedby={borough.locked ? 'borough-locked' : undefined}
          value={String(borough.value ?? '')}
          onChange={(e) => save('borough', (e.currentTarget as HTMLSelectElement).value || null)}
        >
          <option value="">All of London</option>
          {[...areas]
            .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
        {lockNote(borough)}
      </div>
      <div class="field">
        <label for="set-team">Team (added to exports)</label>
        <input
          id="set-team"
          type="text"
          maxLength={200}
          disabled={team.locked}
          aria-describedby={team.locked ? 'team-locked' : undefined}
          value={teamText}
          onInput={(e) => setTeamText((e.currentTarget as HTMLInputElement).value)}
          onChange={() => save('team', teamText.trim() || null)}
        />
        {lockNote(team)}
      </div>
      <fieldset class="field" disabled={toolbar.locked} aria-describedby={toolbar.locked ? 'toolbarMode-locked' : undefined}>
        <legend>Toolbar button</legend>
        {(['popup', 'instant'] as const).map((mode) => (
          <label key={mode} class="choice">
            <input type="radio" name="toolbar-mode" checked={toolbar.value === mode} onChange={() => save('toolbarMode', mode)} />
            {mode === 'popup' ? 'Opens the logging popup' : 'Logs a contact at once (one click)'}
          </label>
        ))}
        {lockNote(toolbar)}
      </fieldset>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            disabled={badge.locked}
            aria-describedby={badge.locked ? 'badge-locked' : undefined}
            checked={badge.value === true}
            onChange={(e) => save('badge', (e.currentTarget as HTMLInputElement).checked)}
          />
          Show today's count on the toolbar button
        </label>
        {lockNote(badge)}
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
