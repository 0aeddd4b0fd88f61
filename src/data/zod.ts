// zod, as zod/mini (zod 4's functional, tree-shakable API), configured for the app: import `z` from here, never from
// 'zod' directly, so the configuration runs before any schema is built or used (module order would not guarantee it
// otherwise). Not the full `zod` build: its chainable classes carry every method and format whether used or not, so
// they cannot be tree-shaken; zod/mini runs the same core checks, so a row gets the same issues and messages.
// zod/mini loads no locale, and every message would read "Invalid input"; the full build loads English, whose
// messages ("Too small: expected array to have >=2 items") the data-issue list shows, so English is loaded here.
// The app runs without 'unsafe-eval'. The full build's objects compile fast parsers with Function() unless zod is told
// not to, and even its probe for Function() is reported as a CSP violation; zod/mini's objects never compile, and
// `jitless` keeps it so should anything that does (z.compile, the full build) come in.
import { z } from 'zod/mini';

z.config(z.locales.en());
z.config({ jitless: true });

/**
 * zod's `preprocess`, which zod/mini leaves out: `fn` runs on the raw input, then `schema` checks what it returns.
 * The full build's is this same pipe (a transform into the schema), so issues and their paths are the same.
 */
export function preprocess<S extends z.core.$ZodType>(
  fn: (input: unknown) => unknown,
  schema: S
): z.ZodMiniPipe<z.ZodMiniTransform, S> {
  return z.pipe(z.transform(fn), schema);
}

export { z };
