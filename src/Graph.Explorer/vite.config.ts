import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The host serves the build from its web root under /explore/ (src/Graph.Server/Http/ExplorerEndpoint.cs), so every
// asset URL starts with /explore/ whatever deep link the page was opened at.
const outDir = fileURLToPath(new URL('../Graph.Server/wwwroot/explore/', import.meta.url));

export default defineConfig({
  base: '/explore/',
  build: {
    outDir,
    emptyOutDir: true,
    // Fixed names: each rebuild overwrites the same files, so the copies the .NET build makes into bin/ do not pile up.
    rollupOptions: {
      output: {
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `npm run dev` beside a running service (dotnet run --project src/Graph.Server) talks to its API.
    proxy: { '/graphql': 'http://localhost:5000' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
