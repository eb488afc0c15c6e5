import { config, z } from 'zod';

// Every schema imports z from here, so this runs before the first schema is built. The page's
// Content-Security-Policy forbids eval: zod would otherwise probe for it with `new Function` while
// building object schemas (the browser reports the blocked probe), and jitless mode skips the probe
// and the compiled fast path.
config({ jitless: true });

export { z };
