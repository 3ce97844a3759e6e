/**
 * CRX3 packages, written by hand (the format is small), and the zip inside them.
 *
 *   "Cr24" · uint32 LE 3 · uint32 LE header length · CrxFileHeader (protobuf) · zip
 *
 * CrxFileHeader (components/crx_file/crx3.proto):
 *   repeated AsymmetricKeyProof sha256_with_rsa = 2;   { bytes public_key = 1; bytes signature = 2; }
 *   optional bytes signed_header_data = 10000;          SignedData { bytes crx_id = 1; }
 * The signature is RSA-SHA256 (PKCS#1 v1.5) over
 *   "CRX3 SignedData\x00" · uint32 LE len(signed_header_data) · signed_header_data · zip
 * and crx_id is the first 16 bytes of SHA-256(public key SPKI), i.e. the extension id.
 */
import { createPrivateKey, createPublicKey, createSign, createVerify, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { crxIdBytes, spkiOf } from './extension-id';

export const CRX_MAGIC = 'Cr24';
export const CRX_VERSION = 3;
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'binary');

// Field numbers from crx3.proto.
const HEADER_SHA256_WITH_RSA = 2;
const HEADER_SHA256_WITH_ECDSA = 3;
const HEADER_SIGNED_HEADER_DATA = 10000;
const PROOF_PUBLIC_KEY = 1;
const PROOF_SIGNATURE = 2;
const SIGNED_DATA_CRX_ID = 1;

// ---------------------------------------------------------------------------------------
// Protobuf: only what CRX3 needs (varints and length-delimited bytes fields).

function varint(n: number): Buffer {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`cannot encode ${n} as a varint`);
  const bytes: number[] = [];
  while (n >= 0x80) {
    bytes.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  bytes.push(n);
  return Buffer.from(bytes);
}

/** One length-delimited field (wire type 2). */
export function bytesField(field: number, value: Uint8Array): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(value.length), value]);
}

export interface ProtoField {
  field: number;
  wireType: number;
  /** Bytes for wire type 2, the number for wire type 0. */
  value: Buffer | number;
}

function readVarint(buf: Buffer, offset: number): [number, number] {
  let result = 0;
  let scale = 1;
  for (let i = offset; i < buf.length; i++) {
    const byte = buf[i]!;
    result += (byte & 0x7f) * scale;
    if (!Number.isSafeInteger(result)) throw new Error('varint too large');
    if ((byte & 0x80) === 0) return [result, i + 1];
    scale *= 0x80;
  }
  throw new Error('truncated varint');
}

/** Decodes a protobuf message into its fields, in order (wire types 0, 1, 2 and 5). */
export function decodeProto(buf: Buffer): ProtoField[] {
  const fields: ProtoField[] = [];
  let offset = 0;
  while (offset < buf.length) {
    const [tag, afterTag] = readVarint(buf, offset);
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === 0) throw new Error('invalid protobuf field number 0');
    if (wireType === 0) {
      const [value, next] = readVarint(buf, afterTag);
      fields.push({ field, wireType, value });
      offset = next;
    } else if (wireType === 2) {
      const [length, start] = readVarint(buf, afterTag);
      if (start + length > buf.length) throw new Error(`protobuf field ${field} runs past the end`);
      fields.push({ field, wireType, value: buf.subarray(start, start + length) });
      offset = start + length;
    } else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;
      if (afterTag + size > buf.length) throw new Error(`protobuf field ${field} runs past the end`);
      fields.push({ field, wireType, value: buf.subarray(afterTag, afterTag + size) });
      offset = afterTag + size;
    } else {
      throw new Error(`unsupported protobuf wire type ${wireType}`);
    }
  }
  return fields;
}

function bytesOf(fields: ProtoField[], field: number): Buffer[] {
  return fields.filter((f) => f.field === field && f.wireType === 2).map((f) => f.value as Buffer);
}

// ---------------------------------------------------------------------------------------
// CRX3

function signedHeaderData(spki: Uint8Array): Buffer {
  return bytesField(SIGNED_DATA_CRX_ID, crxIdBytes(spki));
}

function signedMessage(headerData: Buffer, zip: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerData.length);
  return Buffer.concat([SIGNATURE_CONTEXT, length, headerData, zip]);
}

/** A CRX3 file of `zip`, signed with an RSA private key (PEM or KeyObject). */
export function packCrx3(zip: Uint8Array, privateKey: string | Buffer | KeyObject): Buffer {
  const key = typeof privateKey === 'string' || Buffer.isBuffer(privateKey) ? createPrivateKey(privateKey) : privateKey;
  if (key.type !== 'private') throw new Error('packing a CRX needs the private key');
  const spki = spkiOf(key);
  const headerData = signedHeaderData(spki);
  const signature = createSign('sha256').update(signedMessage(headerData, zip)).sign(key);
  const header = Buffer.concat([
    bytesField(HEADER_SHA256_WITH_RSA, Buffer.concat([bytesField(PROOF_PUBLIC_KEY, spki), bytesField(PROOF_SIGNATURE, signature)])),
    bytesField(HEADER_SIGNED_HEADER_DATA, headerData),
  ]);
  const preamble = Buffer.alloc(12);
  preamble.write(CRX_MAGIC, 0, 'latin1');
  preamble.writeUInt32LE(CRX_VERSION, 4);
  preamble.writeUInt32LE(header.length, 8);
  return Buffer.concat([preamble, header, zip]);
}

export interface KeyProof {
  publicKey: Buffer;
  signature: Buffer;
}

export interface ParsedCrx3 {
  version: number;
  headerLength: number;
  sha256WithRsa: KeyProof[];
  /** Number of ECDSA proofs (we never write any; Chromium's own packer does not either). */
  sha256WithEcdsaCount: number;
  signedHeaderData: Buffer;
  crxId: Buffer;
  zip: Buffer;
}

/** Reads a CRX3 back into its parts; throws on anything malformed. */
export function parseCrx3(crx: Buffer): ParsedCrx3 {
  if (crx.length < 12 || crx.toString('latin1', 0, 4) !== CRX_MAGIC) throw new Error('not a CRX file (no "Cr24" magic)');
  const version = crx.readUInt32LE(4);
  if (version !== CRX_VERSION) throw new Error(`CRX version ${version}, expected ${CRX_VERSION}`);
  const headerLength = crx.readUInt32LE(8);
  if (12 + headerLength > crx.length) throw new Error('CRX header runs past the end');
  const header = decodeProto(crx.subarray(12, 12 + headerLength));
  const sha256WithRsa = bytesOf(header, HEADER_SHA256_WITH_RSA).map((proof) => {
    const fields = decodeProto(proof);
    const [publicKey] = bytesOf(fields, PROOF_PUBLIC_KEY);
    const [signature] = bytesOf(fields, PROOF_SIGNATURE);
    if (!publicKey || !signature) throw new Error('a key proof lacks its public key or signature');
    return { publicKey, signature };
  });
  const [headerData] = bytesOf(header, HEADER_SIGNED_HEADER_DATA);
  if (!headerData) throw new Error('CRX header has no signed_header_data');
  const [crxId] = bytesOf(decodeProto(headerData), SIGNED_DATA_CRX_ID);
  if (!crxId || crxId.length !== 16) throw new Error('signed_header_data has no 16-byte crx_id');
  return {
    version,
    headerLength,
    sha256WithRsa,
    sha256WithEcdsaCount: bytesOf(header, HEADER_SHA256_WITH_ECDSA).length,
    signedHeaderData: headerData,
    crxId,
    zip: crx.subarray(12 + headerLength),
  };
}

/**
 * Checks a CRX3 as Chromium does for an off-store package: some RSA proof's key hashes to
 * crx_id and its signature verifies over the header data and zip. Returns that key's SPKI.
 */
export function verifyCrx3(crx: Buffer): Buffer {
  const parsed = parseCrx3(crx);
  const message = signedMessage(parsed.signedHeaderData, parsed.zip);
  for (const proof of parsed.sha256WithRsa) {
    if (!crxIdBytes(proof.publicKey).equals(parsed.crxId)) continue;
    const key = createPublicKey({ key: proof.publicKey, format: 'der', type: 'spki' });
    if (createVerify('sha256').update(message).verify(key, proof.signature)) return proof.publicKey;
  }
  throw new Error('no valid signature by the key the CRX id is derived from');
}

// ---------------------------------------------------------------------------------------
// Zip (deflate, no zip64: an extension is far below 4 GiB and 65,535 files)

export interface ZipEntry {
  /** Forward-slash path inside the zip. */
  name: string;
  data: Uint8Array;
}

/** Every file under `dir`, sorted by path, so the same build gives the same zip. */
export function directoryEntries(dir: string): ZipEntry[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((name) => {
        const full = join(d, name);
        return statSync(full).isDirectory() ? walk(full) : [full];
      });
  return walk(dir).map((file) => ({ name: relative(dir, file).split(sep).join('/'), data: readFileSync(file) }));
}

// A fixed timestamp (1980-01-01 00:00, the zip epoch) keeps packages reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function createZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error('too many files for a zip without zip64');
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (!entry.name || entry.name.startsWith('/') || entry.name.split('/').includes('..')) throw new Error(`bad zip path ${entry.name}`);
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? Buffer.from(entry.data) : deflated;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal attributes: 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Reads a zip (stored or deflated entries, no zip64) back into its entries, checking each CRC. */
export function readZip(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`corrupt zip entry ${name}`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const body = zip.subarray(start, start + compressedSize);
    if (name.endsWith('/')) continue; // a directory entry
    const data = method === 0 ? Buffer.from(body) : method === 8 ? inflateRawSync(body) : undefined;
    if (!data) throw new Error(`zip entry ${name} uses unsupported method ${method}`);
    if (crc32(data) !== crc) throw new Error(`zip entry ${name} fails its CRC check`);
    entries.push({ name, data });
  }
  return entries;
}
