/**
 * English messages for the zod/mini schemas (content, feed frame, upload batch). zod/mini
 * carries no messages of its own, so without this every problem would read "Invalid input";
 * classic zod installs English the same way on first use, so publishers, staff and receivers
 * read the messages they read before the move to zod/mini (issue 18, worker start).
 * Called by each schema builder, not at module load: the worker never pays for it on start.
 */
import { config, locales } from 'zod/mini';

export function useEnglishMessages(): void {
  // Another locale set on purpose (or English already installed) is left as it is.
  if (!config().localeError) config(locales.en());
}
