/**
 * The distinct values ("terms") of every record's searchable fields, who holds each,
 * and each record's own list of them.
 *
 * Why distinct: keywords ("booze", "stop smoking") and organisations ("NHS") repeat
 * across records, so a term is matched once per keystroke and every holder shares the
 * result. Typed arrays, because every keystroke walks them for thousands of records.
 */

/** Which field a value came from: titles say most about a record, organisations least. */
export const FIELD_TITLE = 0;
export const FIELD_KEYWORD = 1;
export const FIELD_ORGANISATION = 2;
export type Field = typeof FIELD_TITLE | typeof FIELD_KEYWORD | typeof FIELD_ORGANISATION;

export interface FieldValue {
  /** Normalised (normaliseQuery), as queries are. */
  text: string;
  field: Field;
}

export interface TermIndex {
  texts: string[];
  /** Text → term. */
  byText: Map<string, number>;
  /** Term t is held by holderRecord[holderStart[t] .. holderStart[t + 1]), each with its field. */
  holderStart: Int32Array;
  holderRecord: Int32Array;
  holderField: Uint8Array;
  /** Record r's values are slotTerm[slotStart[r] .. slotStart[r + 1]), in field order. */
  slotStart: Int32Array;
  slotTerm: Int32Array;
  slotField: Uint8Array;
}

export function buildTermIndex(valuesByRecord: ReadonlyArray<readonly FieldValue[]>): TermIndex {
  const texts: string[] = [];
  const ids = new Map<string, number>();
  const slotStart = new Int32Array(valuesByRecord.length + 1);
  valuesByRecord.forEach((values, r) => (slotStart[r + 1] = slotStart[r]! + values.length));
  const slotTerm = new Int32Array(slotStart[valuesByRecord.length]!);
  const slotField = new Uint8Array(slotTerm.length);
  const holders: number[] = [];
  valuesByRecord.forEach((values, r) =>
    values.forEach(({ text, field }, n) => {
      let term = ids.get(text);
      if (term === undefined) {
        term = texts.push(text) - 1;
        ids.set(text, term);
        holders.push(0);
      }
      holders[term]!++;
      slotTerm[slotStart[r]! + n] = term;
      slotField[slotStart[r]! + n] = field;
    }),
  );

  // Counting sort of the slots by term: each term's holders in record order.
  const holderStart = new Int32Array(texts.length + 1);
  holders.forEach((count, t) => (holderStart[t + 1] = holderStart[t]! + count));
  const fill = holderStart.slice(0, texts.length);
  const holderRecord = new Int32Array(slotTerm.length);
  const holderField = new Uint8Array(slotTerm.length);
  for (let r = 0; r < valuesByRecord.length; r++) {
    for (let at = slotStart[r]!; at < slotStart[r + 1]!; at++) {
      const to = fill[slotTerm[at]!]!++;
      holderRecord[to] = r;
      holderField[to] = slotField[at]!;
    }
  }
  return { texts, byText: ids, holderStart, holderRecord, holderField, slotStart, slotTerm, slotField };
}
