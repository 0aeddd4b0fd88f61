// zod, configured for the app's Content-Security-Policy: import `z` from here, never from 'zod' directly, so the
// configuration runs before any schema is built or used (module order would not guarantee it otherwise).
// The app runs without 'unsafe-eval'. zod 4 compiles fast parsers with Function() unless told not to; even its probe
// for Function() is reported as a CSP violation. The interpreter is fast enough for these files.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
