import { config, z } from 'zod/mini';
import { en } from 'zod/locales';

// Every schema imports z from here, so this runs before the first schema is built. The page's
// Content-Security-Policy forbids eval: zod would otherwise probe for it with `new Function` while
// building object schemas (the browser reports the blocked probe), and jitless mode skips the probe
// and the compiled fast path. zod/mini carries no messages of its own; the English ones are
// configured so a refused plan file or rules file says what is wrong ("Too big: expected number to
// be <=99"): the validation detail is shown to the reader as zod writes it.
config({ jitless: true, ...en() });

export { z };
