import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { prerenderGuardScript } from '../src/app/prerender-guard.ts';

/** The head script that hides the built page when a visit will not render it (keys: last plan, language). */
/** A script's CSP source expression. */
const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export const PRERENDER_GUARD = prerenderGuardScript('k3s-sizer:last-plan', 'k3s-sizer:lang');

/**
 * The Content-Security-Policy of the built page. Everything the app loads is its own file, and no
 * third-party origin; the one inline script is the prerender guard, allowed by its hash alone.
 * Images allow data:/blob: for diagram PNG export.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${hashOf(PRERENDER_GUARD)}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

interface RulesIndexFile {
  default: string;
  files: { id: string; file: string }[];
}

/** Reads public/data/rules/index.json, the list of published rules files and the default one. */
export function readRulesIndex(root: string): RulesIndexFile {
  const raw = readFileSync(resolve(root, 'public/data/rules/index.json'), 'utf8');
  return JSON.parse(raw) as RulesIndexFile;
}

/**
 * Build-time wiring of the rules index: the index is inlined (so the first render needs one
 * fetch, not two) and the default rules file is preloaded in parallel with the script.
 * The app still validates the inlined index with zod at start-up.
 */
export function rulesIndexPlugin(root: string): Plugin {
  const index = readRulesIndex(root);
  const defaultFile = index.files.find((f) => f.id === index.default);
  if (!defaultFile) throw new Error(`rules index: default "${index.default}" is not among its files`);
  let base = '/';
  return {
    name: 'k3s-sizer:rules-index',
    config: () => ({ define: { __RULES_INDEX__: JSON.stringify(index) } }),
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => {
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: 'anonymous',
              href: `${base}data/rules/${defaultFile.file}`,
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * Adds the CSP meta tag to the production build only (the dev server injects inline HMR scripts),
 * right after the charset declaration and before anything the policy governs, and the prerender
 * guard after it (see src/app/prerender-guard.ts).
 */
export function cspPlugin(): Plugin {
  return {
    name: 'k3s-sizer:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="UTF-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html must declare <meta charset="UTF-8" />');
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n    <script>${PRERENDER_GUARD}</script>`,
        );
      },
    },
  };
}

/**
 * Renders the default page at build time into the built index.html (`#root[data-prerendered]`),
 * through a Vite server in SSR mode so the same modules, aliases and defines apply. The browser
 * hydrates it when the visit is the default one; see src/app/prerender-guard.ts.
 */
export function prerenderPlugin(root: string): Plugin {
  let outDir = 'dist';
  let configFile: string | undefined;
  let base = '/';
  let startupChunks: string[] = [];
  return {
    name: 'k3s-sizer:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
      configFile = config.configFile;
      base = config.base;
    },
    generateBundle: (_options, bundle) => {
      startupChunks = startupChunksOf(bundle).map((file) => `${base}${file}`);
    },
    closeBundle: {
      sequential: true,
      handler: async () => {
        const index = readRulesIndex(root);
        const file = index.files.find((f) => f.id === index.default)?.file;
        if (!file) throw new Error(`rules index: default "${index.default}" is not among its files`);
        const rules: unknown = JSON.parse(readFileSync(resolve(root, 'public/data/rules', file), 'utf8'));
        const server = await createServer({
          root,
          ...(configFile ? { configFile } : {}),
          logLevel: 'warn',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const mod = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
            renderBuiltPage: (rules: unknown) => string;
          };
          const page = mod.renderBuiltPage(rules);
          const htmlPath = resolve(outDir, 'index.html');
          const html = readFileSync(htmlPath, 'utf8');
          const empty = '<div id="root"></div>';
          if (!html.includes(empty)) throw new Error('prerender: index.html has no empty <div id="root"></div>');
          writeFileSync(
            htmlPath,
            paintFirst(
              html.replace(empty, () => `<div id="root" data-prerendered>${page}</div>`),
              startupChunks,
            ),
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * The chunks the entry module imports dynamically (src/app/main.tsx starts them as soon as it
 * runs), with every chunk they import statically: file names within the output directory.
 */
export function startupChunksOf(
  bundle: Record<
    string,
    { type: string; fileName: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
  >,
): string[] {
  const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
  if (!entry) return [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || file === entry.fileName || entry.imports?.includes(file)) return;
    seen.add(file);
    for (const dep of bundle[file]?.imports ?? []) visit(dep);
  };
  for (const file of entry.dynamicImports ?? []) visit(file);
  return [...seen];
}

/**
 * The built page paints before its script is fetched: the entry module, its modulepreloads and the
 * rules preload leave the head, and a small inline script at the end of the body requests them
 * after the first frame (at once in a hidden tab, which paints nothing). The prerendered HTML and
 * the stylesheet then have the connection to themselves; the script follows a frame later. The
 * loader's hash joins the Content-Security-Policy. If the script cannot be fetched, the page's
 * #load-failed message shows. `startupChunks` (the chunks the entry imports dynamically as soon as
 * it runs, with their imports) are requested with the rest, in the same fragment, rather than one
 * link at a time by Vite's preload helper while the entry evaluates. All links go in at once: added
 * four per task instead, they measured no better (decision 014's addendum).
 */
export function paintFirst(html: string, startupChunks: readonly string[] = []): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
  const modulePreload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
  const fetchPreload = /\s*<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)">/g;
  const entrySrc = entry.exec(html)?.[1];
  if (!entrySrc) throw new Error('paint-first: no entry module script in index.html');
  const preloads = [
    ...[...html.matchAll(fetchPreload)].map((m) => ({ rel: 'preload', as: 'fetch', href: m[1] ?? '' })),
    ...[...html.matchAll(modulePreload)].map((m) => ({ rel: 'modulepreload', href: m[1] ?? '' })),
    ...startupChunks.map((href) => ({ rel: 'modulepreload', href })),
  ];
  const loader =
    `(function(){var done=false,p=${JSON.stringify(preloads)};function go(){if(done)return;done=true;` +
    `var f=document.createDocumentFragment();p.forEach(function(p){var l=document.createElement("link");l.rel=p.rel;l.href=p.href;` +
    `if(p.as){l.as=p.as;l.crossOrigin="anonymous"}f.appendChild(l)});document.head.appendChild(f);` +
    `import(${JSON.stringify(entrySrc)}).catch(function(){var e=document.getElementById("load-failed");if(e)e.hidden=false})}` +
    `if(document.visibilityState==="hidden")go();else requestAnimationFrame(function(){setTimeout(go,0)})})()`;
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/;
  if (!policy.test(html)) throw new Error('paint-first: no Content-Security-Policy with script-src in index.html');
  return html
    .replace(entry, '')
    .replace(modulePreload, '')
    .replace(fetchPreload, '')
    .replace(policy, (tag) => `${tag} ${hashOf(loader)}`)
    .replace('</body>', () => `  <script>${loader}</script>\n  </body>`);
}
