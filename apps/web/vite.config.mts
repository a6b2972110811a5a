import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// Built to apps/web/dist, which the API serves under `/`. In development (`npx vite --config
// apps/web/vite.config.ts`) the API on :3000 answers /graphql, WebSocket included.
export default defineConfig({
  root: here,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // The app, and GraphiQL (served by the API at /graphql to browsers, outside production).
    rollupOptions: { input: { app: `${here}index.html`, graphiql: `${here}graphiql.html` } },
  },
  server: {
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', ws: true, changeOrigin: true } },
  },
});
