/**
 * The gupdate update manifest a self-hosted extension's update URL serves
 * (scripts/lib/update-manifest.ts), parsed back as XML.
 */
import { describe, expect, it } from 'vitest';
import { defaultUpdateUrl, GUPDATE_NAMESPACE, updateManifestXml } from '../../../scripts/lib/update-manifest';

const ID = 'gbobhohijcfppnomjmabcickojegdcpk';

function parse(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('update manifest XML', () => {
  const xml = updateManifestXml({ appId: ID, codebase: 'https://example.org/mecc/mecc-sidebar.crx', version: '0.1.0' });

  it('is the gupdate document Chromium expects', () => {
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">`,
        `  <app appid="${ID}">`,
        `    <updatecheck codebase="https://example.org/mecc/mecc-sidebar.crx" version="0.1.0"/>`,
        '  </app>',
        '</gupdate>',
        '',
      ].join('\n'),
    );
    const doc = parse(xml);
    const root = doc.documentElement;
    expect(root.localName).toBe('gupdate');
    expect(root.namespaceURI).toBe(GUPDATE_NAMESPACE);
    expect(root.getAttribute('protocol')).toBe('2.0');
    const apps = root.getElementsByTagName('app');
    expect(apps).toHaveLength(1);
    expect(apps[0]!.getAttribute('appid')).toBe(ID);
    const check = apps[0]!.getElementsByTagName('updatecheck')[0]!;
    expect(check.getAttribute('codebase')).toBe('https://example.org/mecc/mecc-sidebar.crx');
    expect(check.getAttribute('version')).toBe('0.1.0');
  });

  it('can carry the lowest browser version and several apps', () => {
    const doc = parse(
      updateManifestXml([
        { appId: ID, codebase: 'https://example.org/a.crx', version: '1.2.3', prodVersionMin: '137' },
        { appId: 'a'.repeat(32), codebase: 'https://example.org/b.crx', version: '2.0' },
      ]),
    );
    const checks = doc.getElementsByTagName('updatecheck');
    expect(checks).toHaveLength(2);
    expect(checks[0]!.getAttribute('prodversionmin')).toBe('137');
    expect(checks[1]!.hasAttribute('prodversionmin')).toBe(false);
  });

  it('escapes the codebase so a query string stays well-formed XML', () => {
    const codebase = 'https://example.org/get?file=mecc.crx&v=1';
    const out = updateManifestXml({ appId: ID, codebase, version: '1.0' });
    expect(out).toContain('codebase="https://example.org/get?file=mecc.crx&amp;v=1"');
    expect(parse(out).getElementsByTagName('updatecheck')[0]!.getAttribute('codebase')).toBe(codebase);
  });

  it('refuses a wrong id, version or URL rather than writing a manifest browsers ignore', () => {
    expect(() => updateManifestXml({ appId: 'abc', codebase: 'https://example.org/x.crx', version: '1.0' })).toThrow(/extension id/);
    expect(() => updateManifestXml({ appId: ID.toUpperCase(), codebase: 'https://example.org/x.crx', version: '1.0' })).toThrow(
      /extension id/,
    );
    expect(() => updateManifestXml({ appId: ID, codebase: 'https://example.org/x.crx', version: '1.0-beta' })).toThrow(/version/);
    expect(() => updateManifestXml({ appId: ID, codebase: 'ftp://example.org/x.crx', version: '1.0' })).toThrow(/https/);
    expect(() => updateManifestXml({ appId: ID, codebase: 'not a url', version: '1.0' })).toThrow(/not a URL/);
  });

  it('puts updates.xml next to the .crx by default', () => {
    expect(defaultUpdateUrl('https://example.org/mecc/mecc-sidebar.crx')).toBe('https://example.org/mecc/updates.xml');
    expect(defaultUpdateUrl('http://127.0.0.1:8080/mecc-sidebar.crx')).toBe('http://127.0.0.1:8080/updates.xml');
  });
});
