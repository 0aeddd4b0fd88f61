// Build, dev server and test configuration: one Vite config drives the app and both test tiers.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative base so the built app works from any folder or static host.
  base: './',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 2500, sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          // One browser, shared by the files in turn: the machine has two cores and renders WebGL in software.
          fileParallelism: false,
          testTimeout: 400_000,
          hookTimeout: 400_000,
          globalSetup: ['tests/e2e/global-setup.ts']
        }
      }
    ]
  }
});
