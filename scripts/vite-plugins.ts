import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page. Everything the app loads is its own file:
 * no inline script, no third-party origin. Images allow data:/blob: for diagram PNG export.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}data/rules/${defaultFile.file}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * Adds the CSP meta tag to the production build only (the dev server injects inline HMR scripts),
 * right after the charset declaration and before anything the policy governs.
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
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}
