// Serves the built app (dist/) on 127.0.0.1 for the browser tests, with Vite's preview server.
import { preview, type PreviewServer } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const root = path.resolve(new URL('../..', import.meta.url).pathname);
  if (!fs.existsSync(path.join(root, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `vite build` before the browser tests (npm test does).');
  server = await preview({ root, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()) ?? resolve());
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
