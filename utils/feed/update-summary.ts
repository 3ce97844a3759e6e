/** The answer to "Check for updates", shown in the sidebar. */
export interface UpdateSummary {
  /** One line per source, e.g. "main: updated to version 4". */
  lines: string[];
  ok: boolean;
}
