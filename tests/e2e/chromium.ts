// Finds a Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium (installed by .ci/run or scripts/setup-browser.sh).
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
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
