// Prints the gzipped size of the JavaScript a first visit downloads (the entry script and the modules index.html
// preloads) and of each chunk fetched on demand, from the build in dist/; `--build` builds first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget for first-load JavaScript, gzipped, in kB (project issue 10). */
export const FIRST_LOAD_BUDGET_KB = 300;

/** The scripts index.html loads before any interaction: its module entry and the modules it preloads. */
export function firstLoadScripts(dist = 'dist'): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
}

const gzipKb = (bytes: Buffer) => Math.round(gzipSync(bytes).length / 10) / 100;

/** First-load and on-demand JavaScript, gzipped, in kB. */
export function bundleSizes(dist = 'dist') {
  const firstLoad = firstLoadScripts(dist);
  const kb = (file: string) => gzipKb(readFileSync(join(dist, file)));
  const onDemand = readdirSync(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !firstLoad.includes(f));
  return {
    first_load_js_gzip_kb: Math.round(100 * firstLoad.reduce((sum, f) => sum + kb(f), 0)) / 100,
    first_load_files: firstLoad.map((f) => f.replace(/^assets\/|-[\w-]{8}\.js$/g, '')),
    on_demand_js_gzip_kb: Object.fromEntries(
      onDemand.map((f) => [f.replace(/^assets\/|-[\w-]{8}\.js$/g, ''), kb(f)]),
    ),
    target_first_load_kb: FIRST_LOAD_BUDGET_KB,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--build')) {
    const { build } = await import('vite');
    await build({ logLevel: 'silent' });
  }
  const sizes = bundleSizes();
  console.log(JSON.stringify(sizes, null, 2));
  if (sizes.first_load_js_gzip_kb > FIRST_LOAD_BUDGET_KB) {
    console.error(
      `first-load JavaScript is ${sizes.first_load_js_gzip_kb} kB gzipped, over ${FIRST_LOAD_BUDGET_KB} kB`,
    );
    process.exitCode = 1;
  }
}
