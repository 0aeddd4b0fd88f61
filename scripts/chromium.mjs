// Finds a Chromium to drive and the flags it needs here; shared by the browser tests (tests/e2e/chromium.ts) and the
// benchmark (scripts/bench.mjs), so both render the same way.
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium (installed by .ci/run or scripts/setup-browser.sh). */
export function chromiumPath() {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (!fs.existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist`);
    return env;
  }
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(
      'No Chromium found. Run `bash scripts/setup-browser.sh` (installs Debian chromium) or set CHROMIUM_PATH.'
    );
  return found;
}

/** Software WebGL2 through ANGLE + SwiftShader: what works on machines without a GPU (see TECH-NOTES). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage'
];
