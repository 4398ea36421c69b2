import { defineConfig } from 'vite';

// The built UI is served by `rased serve` under a Content-Security-Policy of
// default-src 'self': no inline scripts, no data: fonts. Assets are therefore
// never inlined as data URIs, and everything (fonts, the world outline) is
// bundled: the workspace runs offline.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev` against a running `rased serve --port 8080`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
