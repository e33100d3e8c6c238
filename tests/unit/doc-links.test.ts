// The README and docs/*.md link only to what the repository has: every relative link resolves to a file (and, for a
// link into a Markdown file, to one of its headings), so a reader of a plain clone never meets a dead link.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Every link target of a Markdown text: inline links and images, reference definitions, HTML href and src. */
function linkTargets(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const definitions = [...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]);
  const html = [...text.matchAll(/\b(?:href|src)\s*=\s*"([^"]+)"/g)].map((m) => m[1]);
  return [...inline, ...definitions, ...html].filter((t): t is string => !!t);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const headings = readFileSync(file, 'utf8').match(/^#{1,6}\s+.+$/gm) ?? [];
  return new Set(headings.map((h) => anchorOf(h.replace(/^#+\s+/, ''))));
}

/** Why a relative link of `document` is dead, or null when it resolves. */
function deadLink(document: string, target: string): string | null {
  const [path = '', anchor] = target.split('#');
  const file = path ? resolve(dirname(join(root, document)), decodeURIComponent(path)) : join(root, document);
  if (!file.startsWith(`${root}/`) && file !== root) return `${target} leaves the repository`;
  if (!existsSync(file)) return `${target}: no file ${relative(root, file)}`;
  if (anchor && file.endsWith('.md') && statSync(file).isFile() && !anchorsOf(file).has(anchor))
    return `${target}: ${relative(root, file)} has no heading #${anchor}`;
  return null;
}

const external = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe('links in the documentation', () => {
  it('finds the documents and the README screenshot link (the checker reads links at all)', () => {
    expect(documents).toContain('README.md');
    expect(documents.length).toBeGreaterThan(1);
    expect(linkTargets(readFileSync(join(root, 'README.md'), 'utf8'))).toContain('docs/screenshot.png');
  });

  it.each(documents)('every relative link in %s resolves', (document) => {
    const targets = linkTargets(readFileSync(join(root, document), 'utf8')).filter((t) => !external(t));
    const dead = targets.map((t) => deadLink(document, t)).filter((d): d is string => d !== null);
    expect(dead).toEqual([]);
  });

  it('reports a link to a missing file, one out of the repository and one to a missing heading', () => {
    expect(deadLink('README.md', '../shared/contract/README.md')).toMatch(/leaves the repository/);
    expect(deadLink('README.md', 'docs/no-such-file.md')).toMatch(/no file docs\/no-such-file\.md/);
    expect(deadLink('README.md', 'docs/contract.md#no-such-heading')).toMatch(/no heading #no-such-heading/);
    expect(deadLink('README.md', 'docs/contract.md')).toBeNull();
  });

  it('reads inline links, images, reference definitions and HTML, but not code', () => {
    const md = [
      'See [the contract](docs/contract.md#drug-ids) and ![a figure](docs/a.png "title").',
      '[ref]: docs/b.md',
      '<img src="docs/c.png"> <a href="docs/d.md">d</a>',
      'In code: `[not](a-link.md)`',
      '```\n[nor](this.md)\n```',
    ].join('\n');
    expect(linkTargets(md).sort()).toEqual(
      ['docs/a.png', 'docs/b.md', 'docs/c.png', 'docs/contract.md#drug-ids', 'docs/d.md'].sort(),
    );
  });
});
