import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Built into the server's wwwroot (the server project's Designer.targets runs this on build); /api goes to a local
// server while developing.
export default defineConfig({
  plugins: [react()],
  build: { outDir: '../BcmWorkflows.Server/wwwroot', emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:5000' } },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
