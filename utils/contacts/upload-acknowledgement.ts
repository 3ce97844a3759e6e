/**
 * The one answer that counts as "stored" (security review M3; docs/evaluation.md,
 * "What the receiver must do"): status 200 or 201, a JSON body, and in it the batch's
 * own id and the number of records it held: `{"batchId": "…", "stored": 3}`.
 * A login page, a captive portal, a proxy's error page or a 204 from a wrong path are
 * all 2xx too, and none of them has stored anything.
 */
const ACK_STATUSES: readonly number[] = [200, 201];

/** null when acknowledged, otherwise why not (for diagnostics; never the receiver's own text). */
export function acknowledgementProblem(status: number, bodyText: string, batchId: string, records: number): string | null {
  if (!ACK_STATUSES.includes(status)) return `the receiver answered ${status}`;
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return `the receiver answered ${status} without the JSON acknowledgement`;
  }
  const ack = body as { batchId?: unknown; stored?: unknown } | null;
  if (ack?.batchId !== batchId) return `the receiver answered ${status} for another batch`;
  if (ack.stored !== records) return `the receiver answered ${status} but did not confirm all ${records} records`;
  return null;
}
