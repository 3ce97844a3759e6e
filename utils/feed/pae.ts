/**
 * DSSE Pre-Authentication Encoding: the exact bytes a feed signature covers.
 * Signing PAE(type, body) rather than the body alone binds the payload type into
 * the signature, so a signed blob of one type can never be replayed as another.
 *
 *   PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
 *   LEN(s) = ASCII decimal byte length of s, no leading zeros
 *
 * https://github.com/secure-systems-lab/dsse/blob/v1.0.0/protocol.md
 */

const encoder = new TextEncoder();

export function pae(payloadType: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const type = encoder.encode(payloadType);
  const header = encoder.encode(`DSSEv1 ${type.length} `);
  const middle = encoder.encode(` ${body.length} `);
  const out = new Uint8Array(header.length + type.length + middle.length + body.length);
  let at = 0;
  for (const part of [header, type, middle, body]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
