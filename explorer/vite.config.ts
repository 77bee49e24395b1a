import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer: a static page built into dist/explorer, which the API serves at `/`.
 * `npm run explorer:dev` serves it with hot reload and sends /graphql to `npm start`'s API.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    // cytoscape alone is ~450 kB; the page is one app, so one chunk is fine.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/graphql': process.env.POLICYGRAPH_API ?? 'http://localhost:4000' },
  },
});
