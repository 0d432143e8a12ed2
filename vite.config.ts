import { defineConfig } from 'vite';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cardsPlugin } from './build/cards-plugin.ts';
import { lessonsPlugin } from './build/lessons-plugin.ts';
import { katexStylesPlugin } from './build/katex-html.ts';
import { mdxCompileOptions } from './build/mdx-options.ts';
import { sitePlugin } from './build/site-plugin.ts';

const previewPort = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  plugins: [
    lessonsPlugin(),
    cardsPlugin(),
    sitePlugin(),
    katexStylesPlugin(),
    {
      enforce: 'pre',
      ...mdx({ ...mdxCompileOptions({ importStyles: true }), providerImportSource: undefined }),
    },
    react({ include: /\.(mdx|ts|tsx)$/ }),
    // after one visit the whole guide works offline; a new build shows an "update available"
    // prompt (src/app/UpdatePrompt.tsx) instead of swapping code under the reader
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Math for ML — an interactive study guide',
        short_name: 'Math for ML',
        description: 'The mathematics behind machine learning, with live widgets and study cards.',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // browsers that run the service worker all read woff2: skip the woff/ttf fallbacks
        globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}'],
        globIgnores: ['**/.vite/**'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    // KaTeX's smallest font would otherwise be inlined as a data: URL (blocked by font-src 'self')
    assetsInlineLimit: 0,
    // read by scripts/check-budgets.mjs to find each route's first-load chunks
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  // the picture painter (src/ui/picture/painter.worker.ts) is an ES module worker
  worker: { format: 'es' },
  preview: { port: previewPort, strictPort: true },
  server: { port: 5173 },
});
