import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The server serves dist/ from its static files; /api goes to a local server while developing.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:5000' } },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
