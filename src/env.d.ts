/** Injected at build time by the rules-index Vite plugin (scripts/vite-plugins.ts); validated with zod at start-up. */
declare const __RULES_INDEX__: unknown;
