/**
 * The update manifest (gupdate XML) that a self-hosted extension's update URL serves:
 * https://developer.chrome.com/docs/extensions/how-to/distribute/host-on-linux
 *
 *   <gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
 *     <app appid="ID"><updatecheck codebase="https://…/x.crx" version="1.2.3"/></app>
 *   </gupdate>
 *
 * `version` must equal the CRX manifest's version; `codebase` is where the .crx is served.
 */
import { isExtensionId } from './extension-id';

export const GUPDATE_NAMESPACE = 'http://www.google.com/update2/response';

export interface UpdateManifestEntry {
  appId: string;
  codebase: string;
  version: string;
  /** Optional lowest browser version (`prodversionmin`), e.g. the manifest's minimum_chrome_version. */
  prodVersionMin?: string;
}

const VERSION = /^\d+(\.\d+){0,3}$/;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An http(s) URL, or file: for testing; anything else is a mistake. */
export function checkUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${what} is not a URL: ${JSON.stringify(url)}`);
  }
  if (!['https:', 'http:', 'file:'].includes(parsed.protocol))
    throw new Error(`${what} must be an https:// URL, not ${JSON.stringify(url)}`);
  return parsed.href;
}

export function updateManifestXml(entries: UpdateManifestEntry | readonly UpdateManifestEntry[]): string {
  const apps = (Array.isArray(entries) ? entries : [entries]) as readonly UpdateManifestEntry[];
  const lines = apps.map(({ appId, codebase, version, prodVersionMin }) => {
    if (!isExtensionId(appId)) throw new Error(`not an extension id: ${JSON.stringify(appId)}`);
    if (!VERSION.test(version)) throw new Error(`not an extension version: ${JSON.stringify(version)}`);
    if (prodVersionMin !== undefined && !VERSION.test(prodVersionMin))
      throw new Error(`not a browser version: ${JSON.stringify(prodVersionMin)}`);
    const min = prodVersionMin === undefined ? '' : ` prodversionmin="${escapeXml(prodVersionMin)}"`;
    return (
      `  <app appid="${appId}">\n` +
      `    <updatecheck codebase="${escapeXml(checkUrl(codebase, 'codebase'))}" version="${version}"${min}/>\n` +
      `  </app>`
    );
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gupdate xmlns="${GUPDATE_NAMESPACE}" protocol="2.0">`,
    ...lines,
    `</gupdate>`,
    '',
  ].join('\n');
}

/** The update URL next to a codebase: https://host/path/x.crx → https://host/path/updates.xml. */
export function defaultUpdateUrl(codebase: string): string {
  return new URL('updates.xml', checkUrl(codebase, 'codebase')).href;
}
