/// <reference types="svelte" />
/// <reference types="vite/client" />

/** Records in each geodata file (by file name) as the build shipped it (vite.config.ts, plugin `geodataExpected`). */
declare module 'virtual:geodata-expected' {
  const counts: Partial<Record<string, number>>;
  export default counts;
}
