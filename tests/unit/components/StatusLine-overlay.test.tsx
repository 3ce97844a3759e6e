/** A failed overlay update names the overlay, so it does not read as the main feed's. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { StatusLine } from '../../../components/StatusLine';
import type { ContentState } from '../../../utils/feed/load-content';
import { fixtureContent } from '../feed/feed-test-kit';

const stateWith = (source: string): ContentState => ({
  content: fixtureContent(),
  origin: 'built-in',
  main: null,
  overlays: [],
  problems: [{ source, message: 'the feed server refused the request (check its CORS set-up)', at: '2026-12-07T10:00:00Z' }],
});

function text(source: string) {
  const root = document.createElement('div');
  render(<StatusLine state={stateWith(source)} onCheck={async () => ({ lines: [], ok: true })} />, root);
  return root.textContent ?? '';
}

describe('StatusLine: whose update failed', () => {
  it('A4: names the overlay whose update failed', () => {
    expect(text('overlay:camden')).toContain('Last update of the camden local content failed');
  });

  it('keeps the plain wording for the main feed', () => {
    expect(text('main')).toContain('Last update failed');
    expect(text('main')).not.toContain('local content failed');
  });
});
