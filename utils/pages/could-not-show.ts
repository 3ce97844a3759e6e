/** What a page says in place of what it could not draw: one sentence, the same everywhere. */
export function couldNotShow(what: string): string {
  return `Sorry, ${what} could not be shown. Reload the page; if it happens again, tell your content team.`;
}
