// The check that MapLibre's worker script is there: only "not there" (404, 410, no answer) is a failure; a server that
// refuses HEAD itself may still serve the script, and must not put a false "the map could not start" over a map.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fresh module (the check asks once per page), with fetch answering `answer`. */
async function check(answer: () => Promise<Response>): Promise<string | null> {
  const fetchMock = vi.fn(answer);
  vi.stubGlobal('fetch', fetchMock);
  const { workerScriptProblem, MAPLIBRE_WORKER_URL } = await import('../../src/map/worker');
  const why = await workerScriptProblem();
  expect(fetchMock).toHaveBeenCalledWith(MAPLIBRE_WORKER_URL, { method: 'HEAD' });
  // Asked once: a second call gives the same answer without a second request.
  expect(await workerScriptProblem()).toBe(why);
  expect(fetchMock).toHaveBeenCalledTimes(1);
  return why;
}

describe('workerScriptProblem', () => {
  it.each([200, 304, 403, 405, 501])('HTTP %i: not reported', async (status) => {
    expect(await check(() => Promise.resolve(new Response(null, { status })))).toBeNull();
  });
  it.each([404, 410])('HTTP %i: reported with the status and the script’s URL', async (status) => {
    expect(await check(() => Promise.resolve(new Response(null, { status })))).toMatch(
      new RegExp(`^HTTP ${status}: .*maplibre-gl-worker.*\\.mjs`)
    );
  });
  it('no answer: reported with the browser’s words', async () => {
    expect(await check(() => Promise.reject(new TypeError('Failed to fetch')))).toMatch(/^Failed to fetch: .*worker/);
  });
});
