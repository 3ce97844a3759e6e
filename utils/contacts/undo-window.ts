/**
 * How long a mis-click can be undone, in the popup and the sidebar alike. The upload
 * waits at least this long after a record's date (or hour) has passed, so an undo
 * always beats the upload (security review H2).
 */
export const UNDO_WINDOW_MS = 8000;
