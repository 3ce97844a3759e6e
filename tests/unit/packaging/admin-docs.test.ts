/**
 * docs/admin.md is what IT teams copy into their deployments, so its files are checked
 * here: every policy example must be valid for the settings module that reads it (no value
 * ignored, the right ones locked), every setting must be documented, the Firefox id must be
 * the one the build uses, and no extension id or web address may be invented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import { RECOMMENDED_KEY, SETTING_DEFINITIONS } from '../../../utils/settings/setting-definitions';
import { GECKO_ID } from '../../../wxt.config';

const doc = readFileSync('docs/admin.md', 'utf8');
const blocks = (lang: string) => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```', 'g'))].map((m) => m[1]!);
const NAMES = SETTING_DEFINITIONS.map((d) => d.name);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every extension policy object in a JSON document: 3rdparty → extensions/Extensions → id, or a bare policy. */
function extensionPolicies(json: unknown): Record<string, unknown>[] {
  if (!isObject(json)) return [];
  const root = isObject(json.policies) ? json.policies : json;
  const thirdParty = root['3rdparty'];
  if (isObject(thirdParty)) {
    const extensions = thirdParty.extensions ?? thirdParty.Extensions;
    return isObject(extensions) ? Object.values(extensions).filter(isObject) : [];
  }
  const keys = Object.keys(json);
  return keys.length > 0 && keys.every((k) => NAMES.includes(k as never) || k === RECOMMENDED_KEY) ? [json] : [];
}

function expectValidPolicy(policy: Record<string, unknown>) {
  const resolved = resolveSettings(policy, {});
  expect(resolved.warnings).toEqual([]);
  expect([...resolved.locked].sort()).toEqual(
    Object.keys(policy)
      .filter((k) => k !== RECOMMENDED_KEY)
      .sort(),
  );
}

/** A plist value (the macOS profile) as JSON. */
function plistValue(node: Element): unknown {
  const children = [...node.children];
  switch (node.tagName) {
    case 'string':
      return node.textContent ?? '';
    case 'integer':
      return Number(node.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'array':
      return children.map(plistValue);
    case 'dict': {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < children.length; i += 2) out[children[i]!.textContent!] = plistValue(children[i + 1]!);
      return out;
    }
    default:
      throw new Error(`unexpected plist element <${node.tagName}>`);
  }
}

/** The example policy of section 2, as the guide prints it. */
const EXAMPLE_POLICY = JSON.parse(
  /```json\n([\s\S]*?)\n```/.exec(doc.slice(doc.indexOf('### The example policy used in this guide')))![1]!,
) as Record<string, unknown>;

/** A registry value: a quoted string (JSON when it holds a list) or a DWORD. */
function regValue(text: string | undefined, dword: string | undefined): unknown {
  if (dword !== undefined) return parseInt(dword, 16);
  const unescaped = text!.replace(/\\(.)/g, '$1');
  return unescaped.startsWith('[') ? JSON.parse(unescaped) : unescaped;
}

/** The extension's policy in a .reg file: its `policy` key, with list and dictionary subkeys. */
function regPolicy(reg: string): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  for (const [, path, body] of reg.matchAll(/^\[[^\]]*\\policy(?:\\([A-Za-z]+))?\]\n((?:"[^\n]*\n?)*)/gm)) {
    const values = [...body!.matchAll(/^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/gm)].map(
      (m) => [m[1]!, regValue(m[2], m[3])] as const,
    );
    if (path === undefined) for (const [name, value] of values) policy[name] = value;
    else if (path === RECOMMENDED_KEY) policy[path] = Object.fromEntries(values);
    else policy[path] = values.map(([, value]) => value);
  }
  return policy;
}

describe('docs/admin.md', () => {
  it('documents every setting, under its policy name', () => {
    // Cells as Prettier pads them: "| `name`   |".
    for (const name of NAMES) expect(doc, name).toMatch(new RegExp(`\\| \`${name}\` +\\|`));
  });

  it('has JSON examples that parse and that the extension accepts in full', () => {
    const json = blocks('json').map((b) => JSON.parse(b) as unknown);
    expect(json.length).toBeGreaterThanOrEqual(5);
    const policies = json.flatMap(extensionPolicies);
    expect(policies.length).toBeGreaterThanOrEqual(5);
    for (const policy of policies) expectValidPolicy(policy);
  });

  it('uses the Firefox id the build gives the extension', () => {
    const firefox = blocks('json')
      .map((b) => JSON.parse(b) as { policies?: { ExtensionSettings?: object; '3rdparty'?: { Extensions?: object } } })
      .find((j) => j.policies);
    expect(Object.keys(firefox!.policies!.ExtensionSettings!)).toEqual([GECKO_ID]);
    expect(Object.keys(firefox!.policies!['3rdparty']!.Extensions!)).toEqual([GECKO_ID]);
    expect(doc).toContain(GECKO_ID);
  });

  it('writes only setting names into the registry, in the .reg files and the Intune script', () => {
    const regs = blocks('reg');
    // The full two-browser file of section 4 (the feed example in section 2 is Chrome only).
    const reg = regs.find((r) => r.includes('Microsoft\\Edge'));
    const [ps] = blocks('powershell');
    const regNames = regs.flatMap((r) => [...r.matchAll(/^"([^"]+)"=/gm)].map((m) => m[1]!));
    const psNames = [...ps!.matchAll(/-Name '([^']+)'/g)].map((m) => m[1]!);
    // ExtensionSettings is the browser's own policy (the pinned button), at the browser's key.
    const browserPolicies = ['ExtensionSettings'];
    for (const name of [...regNames, ...psNames])
      expect(NAMES.includes(name as never) || browserPolicies.includes(name) || /^\d+$/.test(name), name).toBe(true);
    expect(reg).toMatch(/HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\<CHROME_WEB_STORE_ID>\\policy\]/);
    expect(reg).toMatch(/HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\<EDGE_ADDONS_ID>\\policy\]/);
    expect(reg).toContain('"retentionDays"=dword:000002da'); // 730
  });

  it('has a well-formed macOS profile whose extension payloads the extension accepts', () => {
    const xml = blocks('xml').find((x) => x.includes('PayloadContent'));
    const parsed = new DOMParser().parseFromString(xml!.replace(/<!DOCTYPE[^>]*>/, ''), 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    const profile = plistValue(parsed.documentElement.firstElementChild!) as { PayloadContent: Record<string, unknown>[] };
    const types = profile.PayloadContent.map((p) => p.PayloadType);
    expect(types).toEqual([
      'com.google.Chrome',
      'com.google.Chrome.extensions.CHROME_WEB_STORE_ID',
      'com.microsoft.Edge',
      'com.microsoft.Edge.extensions.EDGE_ADDONS_ID',
    ]);
    for (const payload of profile.PayloadContent.filter((p) => String(p.PayloadType).includes('.extensions.'))) {
      expectValidPolicy(Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload'))));
    }
    const uuids = profile.PayloadContent.map((p) => p.PayloadUUID);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it("has a complete feed policy for each platform, with the feed keys inside the extension's section", () => {
    const section = doc.slice(doc.indexOf('### A complete policy with a content feed'), doc.indexOf('### What an overlay may change'));
    const json = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]!) as Record<string, unknown>;
    const reg = /```reg\n([\s\S]*?)\n```/.exec(section)![1]!;
    const xml = /```xml\n([\s\S]*?)\n```/.exec(section)![1]!;
    const fromJson = extensionPolicies(json)[0]!;
    const plist = new DOMParser().parseFromString(xml.replace(/<!DOCTYPE[^>]*>/, ''), 'application/xml');
    const fromPlist = plistValue(plist.documentElement.firstElementChild!) as Record<string, unknown>;
    const fromReg = regPolicy(reg);
    // The .reg file is held to the JSON below, value for value (DWORDs for booleans).
    for (const policy of [fromJson, fromPlist]) {
      expectValidPolicy(policy);
      for (const name of ['feedUrl', 'feedName', 'trustedKeys', 'borough', 'organisationCode']) expect(policy, name).toHaveProperty(name);
    }
    // The registry has no booleans: Chrome reads a DWORD 1 or 0 for a boolean setting.
    expect(fromReg).toEqual(JSON.parse(JSON.stringify(fromJson, (_, v: unknown) => (typeof v === 'boolean' ? Number(v) : v))));
    expect(fromPlist).toEqual(fromJson);
    // The guide calls it a complete policy, so it must hold everything the example policy sets, and the pinned button.
    // (trustedKeys differs on purpose: the feed's key is in it.)
    for (const [name, value] of Object.entries(EXAMPLE_POLICY)) if (name !== 'trustedKeys') expect(fromJson[name], name).toEqual(value);
    expect(Object.keys(json)).toEqual(['ExtensionInstallForcelist', 'ExtensionSettings', '3rdparty']);
    expect(json.ExtensionSettings).toEqual({ '<SELF_HOSTED_ID>': { toolbar_pin: 'force_pinned' } });
    expect(reg).toContain('"ExtensionSettings"="{\\"<CHROME_WEB_STORE_ID>\\":{\\"toolbar_pin\\":\\"force_pinned\\"}}"');
  });

  it('B1: every platform example locks overlayFeeds, trustedKeys and uploadEndpoint, as section 2 says', () => {
    const LOCKS = ['overlayFeeds', 'trustedKeys', 'uploadEndpoint'];
    const policies: Array<[string, string[]]> = [];
    blocks('json').forEach((b, i) => {
      // Whole policies only: the overlayFeeds fragment of section 2 shows one setting's shape.
      if (!b.includes('"borough"')) return;
      for (const p of extensionPolicies(JSON.parse(b))) policies.push([`json block ${i + 1}`, Object.keys(p)]);
    });
    blocks('xml').forEach((x, i) => {
      const plist = new DOMParser().parseFromString(x.replace(/<!DOCTYPE[^>]*>/, ''), 'application/xml');
      const root = plistValue(plist.documentElement.firstElementChild!) as Record<string, unknown>;
      const payloads = Array.isArray(root.PayloadContent) ? (root.PayloadContent as Record<string, unknown>[]) : [root];
      for (const p of payloads.filter((q) => !String(q.PayloadType ?? '.extensions.').match(/^com\.(google\.Chrome|microsoft\.Edge)$/)))
        policies.push([`xml block ${i + 1} ${String(p.PayloadType ?? '')}`, Object.keys(p)]);
    });
    blocks('reg').forEach((r, i) => {
      for (const section of r.split(/^(?=\[)/m).filter((s) => /\\policy\]/.test(s.split('\n')[0]!)))
        policies.push([`reg block ${i + 1} ${section.split('\n')[0]}`, [...section.matchAll(/^"([^"]+)"=/gm)].map((m) => m[1]!)]);
    });
    blocks('powershell').forEach((ps, i) =>
      policies.push([`powershell block ${i + 1}`, [...ps.matchAll(/-Name '([^']+)'/g)].map((m) => m[1]!)]),
    );
    expect(policies.length).toBeGreaterThanOrEqual(10);
    const unlocked = policies.flatMap(([where, names]) => LOCKS.filter((l) => !names.includes(l)).map((l) => `${where}: ${l}`));
    expect(unlocked).toEqual([]);
  });

  it('invents no extension ids and no web addresses', () => {
    // Real ids are 32 letters a–p: none may appear, only placeholders.
    expect(doc.match(/\b[a-p]{32}\b/g)).toBeNull();
    const hosts = new Set([...doc.matchAll(/https?:\/\/([^/\s"'`)<>]+)/g)].map((m) => m[1]!));
    // Loopback addresses are named only as "accepted for a local test".
    const official = [
      'example.org',
      'clients2.google.com',
      'edge.microsoft.com',
      'addons.mozilla.org',
      'www.apple.com',
      '127.0.0.1',
      'localhost',
    ];
    expect([...hosts].filter((h) => !official.includes(h))).toEqual([]);
  });
});
