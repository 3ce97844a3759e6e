/**
 * L10: an older build meeting a database made by a newer one (IT pinned a version) says
 * "update the extension" instead of failing, and tries again on the next open instead of
 * keeping the failed one for the page's lifetime.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { closeMeccDb, DatabaseTooNewError, DB_NAME, DB_VERSION, openMeccDb } from '../../../utils/db/open-db';
import { loadContent } from '../../../utils/feed/load-content';
import { resolveFeedSettings } from '../../../utils/settings/feed-settings';
import { StatusLine } from '../../../components/StatusLine';
import { fixtureContent, NOW } from '../feed/feed-test-kit';
import { logContact } from '../../../utils/contacts/log-contact';

function createNewerDb(): Promise<void> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION + 5);
    request.onsuccess = () => {
      request.result.close();
      done();
    };
    request.onerror = () => fail(request.error);
  });
}
const deleteDb = () =>
  new Promise<void>((done) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => done();
    request.onerror = () => done();
  });

afterEach(async () => {
  await closeMeccDb();
  await deleteDb();
});

describe('a database from a newer build', () => {
  it('L10: opening it says "update the extension", and a later open retries instead of reusing the failure', async () => {
    await createNewerDb();
    await expect(openMeccDb()).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openMeccDb()).rejects.toThrow(/update the extension/);
    await deleteDb();
    // The cached promise was not the failed one: this open creates a fresh database.
    const db = await openMeccDb();
    expect(db.version).toBe(DB_VERSION);
  });

  it('L10: the sidebar shows the built-in content and says to update the extension', async () => {
    await createNewerDb();
    const state = await loadContent(resolveFeedSettings({ feedUrl: 'https://feeds.test/mecc.json' }), fixtureContent(), NOW);
    expect(state.origin).toBe('built-in');
    expect(state.problems).toEqual([
      expect.objectContaining({ source: 'database', message: expect.stringMatching(/update the extension/) }),
    ]);
    const root = document.createElement('div');
    render(<StatusLine state={state} onCheck={async () => ({ lines: [], ok: true })} />, root);
    expect(root.textContent).toMatch(/Update needed: .*update the extension/);
  });

  it('L10: logging a contact says "update the extension" instead of throwing', async () => {
    await createNewerDb();
    const result = await logContact({ via: 'toolbar', topics: [], services: [] });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/could not be saved: .*update the extension/) });
  });
});
