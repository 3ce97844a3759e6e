/** Reading the bundled content file in a page or the worker: the file, or a clear error. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInContent } from '../../../utils/feed/built-in-content';
import { fixtureContent } from './feed-test-kit';

// Not vi.unstubAllGlobals(): it would remove the `browser` global WXT's plugin stubs (tests/unit/setup.ts).
afterEach(() => vi.restoreAllMocks());

describe('builtInContent', () => {
  it('reads the file the build wrote, from the extension root', async () => {
    const fetchFile = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(fixtureContent())));
    expect(await builtInContent()).toEqual(fixtureContent());
    expect(fetchFile).toHaveBeenCalledWith('/bundled-content.json');
  });

  it('says which file could not be read, and why', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('not here', { status: 404 }));
    await expect(builtInContent()).rejects.toThrow('The built-in content (/bundled-content.json) could not be read: HTTP 404.');
  });
});
