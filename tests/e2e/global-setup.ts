// Builds the app once and serves the static build on localhost for the browser tests, with the app's test hooks on.
import { build, type Plugin, preview } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Sends the bare address to `/?testHooks`, the flag that turns on the app's test hooks (src/testHooks.ts), so every
 * browser test opens the app with them; the browser keeps the link's #fragment across the redirect.
 */
const testHooksFlag: Plugin = {
  name: 'test-hooks-flag',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/?testHooks');
      res.end();
    });
  },
};

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would bundle React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    plugins: [testHooksFlag],
    logLevel: 'warn',
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', address);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
