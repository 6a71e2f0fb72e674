import { defineConfig } from 'vite';

// The web UI is built into web/dist and served by `dateline serve`; no dev-time proxying needed.
export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
});
