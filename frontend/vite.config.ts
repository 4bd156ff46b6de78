import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One page per entry. GraphiQL (about 5.7 MB with its Monaco editor) is a page of its own, so the SPA
// never downloads it. The SPA's `index.html` at this folder's root joins the build as soon as it exists.
const pages: Record<string, string> = {
  graphiql: here('src/graphiql/graphiql.html'),
};
if (existsSync(here('index.html'))) pages.index = here('index.html');

export default defineConfig({
  plugins: [react()],
  // The API serves dist/ at the site root (CareerPaths:WebRoot) and the GraphiQL page at /graphql.
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The GraphiQL chunk is big by nature; it is only ever loaded on its own page.
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      input: pages,
      // GraphiQL's packages mark modules "use no memo" for the React compiler; bundling drops the directive,
      // harmlessly, and the warning would bury real ones.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
