// @vitest-environment node
/**
 * The CRX3 writer (scripts/lib/crx3.ts), read back byte by byte against the format:
 *   "Cr24" · uint32 LE 3 · uint32 LE header length · CrxFileHeader · zip
 * with the header decoded here by the protobuf reader and the signature checked here
 * with node:crypto over the documented message, not by the writer's own verifier alone.
 * A throwaway key is generated for each run; no key is stored in the repository.
 */
import { createHash, createPublicKey, createSign, createVerify, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesField, createZip, decodeProto, packCrx3, parseCrx3, readZip, verifyCrx3 } from '../../../scripts/lib/crx3';
import { extensionIdFromSpki, spkiOf } from '../../../scripts/lib/extension-id';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spki = spkiOf(privateKey);
const files = [
  { name: 'manifest.json', data: Buffer.from(JSON.stringify({ manifest_version: 3, name: 'Test', version: '1.2.3' })) },
  { name: 'sidepanel.html', data: Buffer.from('<!doctype html><title>MECC</title>'.repeat(40)) },
  { name: 'icon/16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
];
const zip = createZip(files);
const crx = packCrx3(zip, privateKey);

const bytes = (v: Buffer | number) => v as Buffer;

describe('CRX3 package', () => {
  it('starts with "Cr24", version 3 and the header length, then the header, then the zip', () => {
    expect(crx.toString('latin1', 0, 4)).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    expect(12 + headerLength + zip.length).toBe(crx.length);
    expect(crx.subarray(12 + headerLength).equals(zip)).toBe(true);
  });

  it('has a CrxFileHeader with one sha256_with_rsa proof (field 2) and signed_header_data (field 10000)', () => {
    const header = decodeProto(crx.subarray(12, 12 + crx.readUInt32LE(8)));
    expect(header.map((f) => [f.field, f.wireType])).toEqual([
      [2, 2],
      [10000, 2],
    ]);
    // Field 10000, wire type 2: tag 80002 as a varint is 0x82 0xf1 0x04.
    expect(bytesField(10000, Buffer.alloc(0)).subarray(0, 3)).toEqual(Buffer.from([0x82, 0xf1, 0x04]));

    const proof = decodeProto(bytes(header[0]!.value));
    expect(proof.map((f) => f.field)).toEqual([1, 2]);
    expect(bytes(proof[0]!.value).equals(spki)).toBe(true); // public_key: the DER SPKI
    const signature = bytes(proof[1]!.value);
    expect(signature.length).toBe(256); // RSA-2048

    const signedData = decodeProto(bytes(header[1]!.value));
    expect(signedData.map((f) => f.field)).toEqual([1]);
    const crxId = bytes(signedData[0]!.value);
    expect(crxId.equals(createHash('sha256').update(spki).digest().subarray(0, 16))).toBe(true);

    // The signature: RSA-SHA256 over "CRX3 SignedData\0" · uint32 LE len · signed_header_data · zip.
    const signedHeaderData = bytes(header[1]!.value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedHeaderData.length);
    const message = Buffer.concat([Buffer.from('CRX3 SignedData\0', 'latin1'), length, signedHeaderData, zip]);
    const publicKey = createPublicKey({ key: bytes(proof[0]!.value), format: 'der', type: 'spki' });
    expect(createVerify('sha256').update(message).verify(publicKey, signature)).toBe(true);
  });

  it('parses back and verifies, naming the extension id the key gives', () => {
    const parsed = parseCrx3(crx);
    expect(parsed.version).toBe(3);
    expect(parsed.sha256WithRsa).toHaveLength(1);
    expect(parsed.sha256WithEcdsaCount).toBe(0);
    expect(extensionIdFromSpki(verifyCrx3(crx))).toBe(extensionIdFromSpki(spki));
    expect(readZip(parsed.zip).map((e) => [e.name, Buffer.from(e.data).toString('hex')])).toEqual(
      files.map((f) => [f.name, f.data.toString('hex')]),
    );
  });

  it('fails to verify when the zip or the header is changed, or another key signed it', () => {
    const changedZip = Buffer.from(crx);
    changedZip[changedZip.length - 30]! ^= 1;
    expect(() => verifyCrx3(changedZip)).toThrow(/no valid signature/);

    // Another key claiming this id: its key does not hash to crx_id, so even a signature
    // that is valid for that key is not accepted.
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const signedHeaderData = bytesField(1, createHash('sha256').update(spki).digest().subarray(0, 16));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedHeaderData.length);
    const message = Buffer.concat([Buffer.from('CRX3 SignedData\0', 'latin1'), length, signedHeaderData, zip]);
    const forgedProof = Buffer.concat([bytesField(1, spkiOf(other)), bytesField(2, createSign('sha256').update(message).sign(other))]);
    const forgedHeader = Buffer.concat([bytesField(2, forgedProof), bytesField(10000, signedHeaderData)]);
    const preamble = Buffer.alloc(12);
    preamble.write('Cr24', 0, 'latin1');
    preamble.writeUInt32LE(3, 4);
    preamble.writeUInt32LE(forgedHeader.length, 8);
    const forged = Buffer.concat([preamble, forgedHeader, zip]);
    expect(parseCrx3(forged).crxId.equals(parseCrx3(crx).crxId)).toBe(true);
    expect(() => verifyCrx3(forged)).toThrow(/no valid signature/);

    expect(() => parseCrx3(Buffer.from('PK\u0003\u0004'))).toThrow(/Cr24/);
    const v2 = Buffer.from(crx);
    v2.writeUInt32LE(2, 4);
    expect(() => parseCrx3(v2)).toThrow(/version 2/);
  });

  it('is deterministic for the same zip and key (PKCS#1 v1.5 signatures are)', () => {
    expect(packCrx3(zip, privateKey).equals(crx)).toBe(true);
    expect(packCrx3(zip, privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(crx)).toBe(true);
  });

  it('refuses to pack with a public key', () => {
    expect(() => packCrx3(zip, createPublicKey(privateKey))).toThrow(/private key/);
  });
});

describe('zip', () => {
  it('round-trips names and bytes, stored or deflated, and refuses unsafe paths', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('a'.repeat(1000)) }, // compresses: deflated
      { name: 'dir/b.bin', data: Buffer.from([1]) }, // does not: stored
      { name: 'ünïcode.json', data: Buffer.from('{}') },
    ];
    const z = createZip(entries);
    expect(z.readUInt32LE(0)).toBe(0x04034b50);
    expect(readZip(z).map((e) => [e.name, Buffer.from(e.data).toString()])).toEqual(entries.map((e) => [e.name, e.data.toString()]));
    expect(() => createZip([{ name: '../evil', data: Buffer.alloc(1) }])).toThrow(/bad zip path/);
    expect(() => createZip([{ name: '/etc/passwd', data: Buffer.alloc(1) }])).toThrow(/bad zip path/);
  });
});
