import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  readonly text: string;
  /** Unix permission bits, e.g. 0o600 for files holding tokens, 0o755 for scripts. */
  readonly mode: number;
}

/** A zip archive of text files with Unix permissions (loaded on demand with fflate). */
export function zipFiles(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) files[e.name] = [strToU8(e.text), { os: 3, attrs: (0o100000 | e.mode) << 16 }];
  return zipSync(files, { level: 6 });
}
