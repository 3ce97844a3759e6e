import type { Area } from '../utils/content/content-schema';

export interface BoroughPickerProps {
  areas: Area[];
  value: string | null;
  locked?: boolean;
  onChange: (borough: string | null) => void;
}

const ALL = '';

/** Filters local services to one borough; national and pan-London services always show. */
export function BoroughPicker({ areas, value, locked = false, onChange }: BoroughPickerProps) {
  const sorted = [...areas].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return (
    <div class="borough">
      <label for="borough-select">Borough</label>
      <select
        id="borough-select"
        value={value ?? ALL}
        disabled={locked}
        aria-describedby={locked ? 'borough-locked' : undefined}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          onChange(v === ALL ? null : v);
        }}
      >
        <option value={ALL}>All of London</option>
        {sorted.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      {locked && (
        <span id="borough-locked" class="locked-note">
          Set by your organisation
        </span>
      )}
    </div>
  );
}
