import { defineConfig } from 'vite';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { lessonsPlugin } from './build/lessons-plugin.ts';
import { mdxCompileOptions } from './build/mdx-options.ts';
import { sitePlugin } from './build/site-plugin.ts';

const previewPort = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  plugins: [
    lessonsPlugin(),
    sitePlugin(),
    { enforce: 'pre', ...mdx({ ...mdxCompileOptions(), providerImportSource: undefined }) },
    react({ include: /\.(mdx|ts|tsx)$/ }),
  ],
  build: {
    // KaTeX's smallest font would otherwise be inlined as a data: URL (blocked by font-src 'self')
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: previewPort, strictPort: true },
  server: { port: 5173 },
});
