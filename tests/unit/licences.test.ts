// Licences: the project is MIT, and everything it ships (production dependencies, direct and transitive) carries a
// licence compatible with that. Regression: the SVG exporter used to be cytoscape-svg, GPL-3.0.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Licences that let an MIT project ship the code (permissive, no copyleft). */
const MIT_COMPATIBLE = new Set([
  'MIT',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'Unlicense',
  'Zlib',
]);

/** Whether an SPDX expression may be shipped: one compatible choice of an OR, every part of an AND. */
function compatible(expression: string): boolean {
  const bare = expression.replace(/^\((.*)\)$/, '$1').trim();
  if (bare.includes(' OR ')) return bare.split(' OR ').some((part) => compatible(part));
  if (bare.includes(' AND ')) return bare.split(' AND ').every((part) => compatible(part));
  return MIT_COMPATIBLE.has(bare);
}

/** Production packages from the lock file: everything installed that is not a development-only dependency. */
function productionPackages(): string[] {
  const lock = read('package-lock.json') as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path]) => path);
}

describe('licences', () => {
  it('reads SPDX expressions: one permissive choice is enough, every part of an AND must be permissive', () => {
    expect(compatible('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(compatible('(MIT AND Zlib)')).toBe(true);
    expect(compatible('(MIT AND GPL-3.0-only)')).toBe(false);
    expect(compatible('GPL-3.0')).toBe(false);
  });

  it('the project is MIT, copyright Pathway Lens contributors 2026', () => {
    const text = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(text.startsWith('MIT License')).toBe(true);
    expect(text).toContain('Copyright (c) 2026 Pathway Lens contributors');
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
    expect(read('package.json').license).toBe('MIT');
  });

  it('every production dependency, direct or transitive, is under an MIT-compatible licence', () => {
    const packages = productionPackages();
    expect(packages).toContain('node_modules/cytoscape');
    expect(packages).toContain('node_modules/react-dom');
    const found = packages
      .filter((path) => existsSync(join(root, path, 'package.json')))
      .map((path) => {
        const pkg = read(join(path, 'package.json')) as { name: string; license?: string };
        return [pkg.name, pkg.license ?? 'none'] as const;
      });
    expect(found.length).toBe(packages.length);
    expect(found.filter(([, licence]) => !compatible(licence))).toEqual([]);
  });

  it('does not depend on the GPL cytoscape-svg', () => {
    const pkg = read('package.json') as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('cytoscape-svg');
    expect(productionPackages()).not.toContain('node_modules/cytoscape-svg');
  });
});
