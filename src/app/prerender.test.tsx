// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paintFirst, PRERENDER_GUARD, startupChunksOf } from '../../scripts/vite-plugins';
import { renderBuiltPage } from './prerender';

const index = JSON.parse(readFileSync('public/data/rules/index.json', 'utf8')) as {
  default: string;
  files: { id: string; file: string }[];
};
const defaultFile = index.files.find((f) => f.id === index.default)?.file ?? '';
const rules: unknown = JSON.parse(readFileSync(`public/data/rules/${defaultFile}`, 'utf8'));

describe('the page built ahead of time', () => {
  const page = document.implementation.createHTMLDocument('built');
  page.body.innerHTML = `<div id="root">${renderBuiltPage(rules)}</div>`;

  it('is the default plan in English, with its figures, findings and form', () => {
    expect(page.querySelector('h1')?.textContent).toBe('k3s-sizer');
    expect(page.querySelector('[data-testid="plan-summary"]')?.textContent).toMatch(/^1 server/);
    expect(page.querySelector('form')).not.toBeNull();
    expect(page.querySelector('[data-testid="server-card"]')).not.toBeNull();
    expect(page.querySelector('section.findings')).not.toBeNull();
  });

  it('leaves the panels below the first screen to the app (a placeholder in their place)', () => {
    for (const id of ['network', 'machines', 'diagrams', 'install', 'day2']) {
      const placeholder = page.getElementById(id);
      expect(placeholder?.tagName).toBe('P');
      expect(placeholder?.className).toBe('status');
    }
  });

  it('has the target of every link in its sections navigation, so a jump made before the later stages lands', () => {
    const links = [...page.querySelectorAll<HTMLAnchorElement>('nav.results-nav a[href^="#"]')];
    expect(links.length).toBeGreaterThanOrEqual(7);
    for (const link of links) expect(page.getElementById(link.hash.slice(1)), link.hash).not.toBeNull();
  });

  it('holds no token and no address of its own', () => {
    const html = page.body.innerHTML;
    expect(html).not.toMatch(/K10[0-9a-f]{20,}/);
    expect(html).not.toContain('127.0.0.1');
  });
});

describe('paintFirst: the built page requests its scripts after the first paint', () => {
  const built = [
    '<html><head>',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'" />`,
    '<script type="module" crossorigin src="/k/assets/index-A.js"></script>',
    '<link rel="modulepreload" crossorigin href="/k/assets/runtime-B.js">',
    '<link rel="stylesheet" crossorigin href="/k/assets/index-C.css">',
    '<link rel="preload" as="fetch" crossorigin="anonymous" href="/k/data/rules/r.json">',
    '</head><body><div id="root" data-prerendered>page</div></body></html>',
  ].join('\n');
  const out = paintFirst(built);

  it('moves the entry, its preloads and the rules preload into one inline loader at the end of the body', () => {
    expect(out).not.toContain('<script type="module"');
    expect(out).not.toContain('rel="modulepreload"');
    expect(out).not.toContain('as="fetch"');
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/k/assets/index-C.css">');
    const loader = /<script>([^<]*)<\/script>\s*<\/body>/.exec(out)?.[1] ?? '';
    expect(loader).toContain('import("/k/assets/index-A.js")');
    expect(loader).toContain('{"rel":"modulepreload","href":"/k/assets/runtime-B.js"}');
    expect(loader).toContain('{"rel":"preload","as":"fetch","href":"/k/data/rules/r.json"}');
  });

  it("requests the start-up chunks too, after the page's own and before the entry", () => {
    const chunks = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `/k/assets/${n}.js`);
    const loader = /<script>([^<]*)<\/script>\s*<\/body>/.exec(paintFirst(built, chunks))?.[1] ?? '';
    const list = /p=(\[[^\]]*\])/.exec(loader)?.[1] ?? '[]';
    expect((JSON.parse(list) as { href: string }[]).map((l) => l.href)).toEqual([
      '/k/data/rules/r.json',
      '/k/assets/runtime-B.js',
      ...chunks,
    ]);
    // All in one task (the one after the first frame): batching them measured no better (decision 014).
    expect(loader.match(/setTimeout/g)).toHaveLength(1);
    expect(loader.indexOf('document.head.appendChild(f)')).toBeLessThan(
      loader.indexOf('import("/k/assets/index-A.js")'),
    );
  });

  it('allows the loader by its hash alone, keeping the policy otherwise', async () => {
    const loader = /<script>([^<]*)<\/script>\s*<\/body>/.exec(out)?.[1] ?? '';
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(loader))).toString(
      'base64',
    );
    expect(out).toContain(`script-src 'self' 'sha256-${digest}' 'sha256-x'; style-src 'self'`);
    expect(out).not.toContain('unsafe-inline');
  });

  it('fails the build when the page has no entry script or no policy', () => {
    expect(() => paintFirst('<html><body></body></html>')).toThrow(/no entry module/);
    expect(() => paintFirst('<script type="module" crossorigin src="/a.js"></script></body>')).toThrow(
      /Content-Security-Policy/,
    );
  });

  it('the head guard is a single self-contained expression', () => {
    expect(PRERENDER_GUARD).toMatch(/^\(function\(\)\{/);
    expect(PRERENDER_GUARD).not.toMatch(/\bimport\b|\brequire\(/);
  });
});

describe('startupChunksOf: what the entry starts at once', () => {
  it("lists the chunks the entry imports dynamically and their static imports, not the entry's own", () => {
    const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = [], isEntry = false) => ({
      type: 'chunk',
      fileName,
      imports,
      dynamicImports,
      isEntry,
    });
    const bundle = {
      'index.js': chunk('index.js', ['runtime.js'], ['boot.js', 'app.js'], true),
      'runtime.js': chunk('runtime.js'),
      'boot.js': chunk('boot.js', ['index.js', 'schemas.js', 'runtime.js'], ['ja.js']),
      'schemas.js': chunk('schemas.js'),
      'app.js': chunk('app.js', ['schemas.js', 'ui.js'], ['charts.js']),
      'ui.js': chunk('ui.js'),
      'ja.js': chunk('ja.js'),
      'charts.js': chunk('charts.js'),
      'index.css': { type: 'asset', fileName: 'index.css' },
    };
    expect(startupChunksOf(bundle).sort()).toEqual(['app.js', 'boot.js', 'schemas.js', 'ui.js']);
  });
});
