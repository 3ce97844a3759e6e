/** The options page tells IT how not to lose records waiting to upload. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../../components/Diagnostics';
import type { DiagnosticsInfo } from '../../../utils/settings/collect-diagnostics';

const info = (outboxRecords: number): DiagnosticsInfo => ({
  extension: { id: 'abc', version: '0.1.0' },
  browser: 'Chromium',
  settings: (
    [
      ['borough', null],
      ['team', ''],
      ['toolbarMode', 'popup'],
      ['badge', true],
    ] as const
  ).map(([name, value]) => ({ name, title: name, value, source: 'default', locked: false, userEditable: true })),
  warnings: [],
  trustedKeyIds: [],
  feeds: [],
  contacts: { stored: 3, outboxRecords, outboxBatches: outboxRecords ? 1 : 0, warnings: [] },
});

function draw(outboxRecords: number) {
  const root = document.createElement('div');
  render(<Diagnostics info={info(outboxRecords)} areas={[]} onSave={async () => true} onCopy={async () => {}} />, root);
  return root.textContent ?? '';
}

describe('Diagnostics: records waiting to upload', () => {
  it('B5: says a broken policy file would delete the waiting records, and how to check one', () => {
    const text = draw(2);
    expect(text).toContain('2 waiting to upload');
    expect(text).toMatch(/policy file is missing or is not valid JSON/);
    expect(text).toContain('python3 -m json.tool mecc-sidebar.json');
  });

  it('says nothing of it when no record is waiting', () => {
    expect(draw(0)).not.toMatch(/not valid JSON/);
  });
});
