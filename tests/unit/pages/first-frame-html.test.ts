/**
 * The build's rewrite of the pages that draw a first frame (scripts/lib/first-frame-html.ts):
 * only the HTML and the first-frame script stand before the first paint.
 */
import { describe, expect, it } from 'vitest';
import { firstFrameHtml } from '../../../scripts/lib/first-frame-html';

const BUILT = `<!doctype html><html><head>
    <script defer blocking="render" src="/first-frame.js" data-page="sidepanel"></script>
    <link rel="preload" href="/bundled-content.json" as="fetch" crossorigin="anonymous">
    <script type="module" crossorigin src="/chunks/sidepanel-Ab1.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/preact-Cd2.js">
    <link rel="stylesheet" crossorigin href="/assets/shared-Ef3.css">
    <link rel="stylesheet" crossorigin href="/assets/sidepanel-Gh4.css">
  </head><body><div id="app"></div>
  </body></html>`;

const css = (source: string) => ({ type: 'asset', source });
const bundle = { 'assets/shared-Ef3.css': css('.a{color:red}\n'), 'assets/sidepanel-Gh4.css': css('.b{color:blue}') };

function transform(html: string, files: Record<string, unknown> = bundle): string {
  const hook = firstFrameHtml().transformIndexHtml as { handler: (html: string, ctx: unknown) => string };
  return hook.handler(html, { path: '/sidepanel.html', bundle: files });
}

describe('the first-frame pages, as built', () => {
  const out = transform(BUILT);

  it('have their stylesheets written in, in order, and link none', () => {
    expect(out).not.toContain('rel="stylesheet"');
    expect(out.indexOf('<style>.a{color:red}</style>')).toBeGreaterThan(0);
    expect(out.indexOf('<style>.a{color:red}</style>')).toBeLessThan(out.indexOf('<style>.b{color:blue}</style>'));
  });

  it('keep their code and its preloads in the template, and the first-frame script where it was', () => {
    const template = /<template id="page-code">(.*?)<\/template>/s.exec(out)?.[1] ?? '';
    expect(template).toContain('<script type="module" crossorigin src="/chunks/sidepanel-Ab1.js"></script>');
    expect(template).toContain('href="/chunks/preact-Cd2.js"');
    expect(template).toContain('href="/bundled-content.json"');
    const outside = out.replace(/<template.*<\/template>/s, '');
    expect(outside).not.toMatch(/type="module"|modulepreload|bundled-content/);
    expect(outside).toContain('<script defer blocking="render" src="/first-frame.js" data-page="sidepanel"></script>');
    expect(out.indexOf('<template id="page-code">')).toBeGreaterThan(out.indexOf('<div id="app">'));
  });

  it('leaves pages without a first frame as they are', () => {
    const other = BUILT.replace('<script defer blocking="render" src="/first-frame.js" data-page="sidepanel"></script>', '');
    expect(transform(other)).toBe(other);
  });

  it('refuses a build whose stylesheet is missing, or a page with no code', () => {
    expect(() => transform(BUILT, { 'assets/shared-Ef3.css': css('') })).toThrow(/sidepanel-Gh4\.css/);
    expect(() => transform(BUILT.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(/no module script/);
  });
});
