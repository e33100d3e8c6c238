// A published third-party network opened in Chromium: drawn, perturbed, exported as figure, CSV and PowerPoint,
// lectured from, kept across a reload (once its file is opened again), and left for the bundled model; a broken file
// is named and changes nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser';

const FIXTURE = 'tests/fixtures/formats/erbb-g1s-ginsim.sbml';
const FILE_NAME = 'erbb-g1s-ginsim.sbml';

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.pathwayLens?.cy !== undefined);
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the canvas on screen draws a node with this id. */
const drawn = (id: string) =>
  page.evaluate((n) => (window.pathwayLens?.cy?.getElementById(n).length ?? 0) > 0, id);

/** The predicted-effects panel once its explanations match the choices: readout id → its "a → b" text. */
async function effects(): Promise<Map<string, { size: string; direction: string }>> {
  await page.locator('section[aria-label="Predicted effects"][aria-busy="false"]').waitFor();
  const items = await page.locator('li.effect').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-readout') ?? '',
      size: el.querySelector('.effect-size')?.textContent ?? '',
      direction: el.classList.contains('up') ? 'up' : 'down',
    })),
  );
  return new Map(items.map((i) => [i.id, { size: i.size, direction: i.direction }]));
}

async function download(label: string) {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** The slides of a .pptx (a zip): each slide's XML, in slide order, read with Python's zipfile. */
function slidesOf(pptxPath: string): string[] {
  const script = [
    'import json, re, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    "names = sorted((n for n in z.namelist() if re.fullmatch(r'ppt/slides/slide\\d+\\.xml', n)), key=lambda n: int(re.findall(r'\\d+', n)[0]))",
    "print(json.dumps([z.read(n).decode('utf-8') for n in names]))",
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, pptxPath], { encoding: 'utf8' }));
}

describe('a published network opened from a file', () => {
  it('draws its nodes, names the file in the address and shows only the drugs that act on it', async () => {
    await page.getByTestId('import-file').setInputFiles(FIXTURE);
    await page.getByTestId('import-banner').waitFor();
    await expect(page.getByTestId('import-banner').textContent()).resolves.toContain(FILE_NAME);
    await page.waitForFunction(() => window.pathwayLens?.cy?.getElementById('pRB1').length === 1);
    for (const id of ['MYC', 'ERBB2', 'CyclinD1']) expect(await drawn(id)).toBe(true);
    expect(await drawn('PTEN')).toBe(false);
    expect(new URL(page.url()).searchParams.get('model')).toBe(`file:${FILE_NAME}`);
    await expect(page.getByRole('button', { name: 'Trastuzumab', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Rapamycin', exact: true }).count()).resolves.toBe(0);
  });

  it('shows a drug’s effects, and other effects once a node is knocked out', async () => {
    await page.getByRole('button', { name: 'MK-2206', exact: true }).click();
    await page.locator('li.effect[data-readout="AKT1"]').waitFor();
    const before = await effects();
    expect(before.get('AKT1')?.direction).toBe('down');
    await page.getByLabel('MYC: clamp').selectOption('off');
    await page.waitForFunction(() => new URL(window.location.href).hash.includes('MYC-KO'));
    await page.locator('li.effect[data-readout="p21"]').waitFor();
    const after = await effects();
    expect([...after.keys()].sort()).not.toEqual([...before.keys()].sort());
    expect(after.get('p21')?.direction).toBe('up');
    expect(
      await page.evaluate(() => window.pathwayLens?.cy?.getElementById('MYC').data('fill')),
    ).toBeTruthy();
  });

  it('downloads every readout as CSV, matching the effects panel', async () => {
    const panel = await effects();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download('Download results (CSV)');
    expect(file.name).toMatch(/readouts\.csv$/);
    const rows = readFileSync(file.path, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,label,reference,value,direction');
    const byId = new Map(rows.slice(1).map((r) => [r.split(',')[0], r.split(',')]));
    expect(byId.size).toBe(20);
    for (const [id, shown] of panel) {
      const [, , reference, value, direction] = byId.get(id) ?? [];
      expect(`${Number(reference).toFixed(2)} → ${Number(value).toFixed(2)}`).toBe(shown.size);
      expect(direction).toBe(shown.direction);
    }
    const course = await download('Download time course (CSV)');
    expect(readFileSync(course.path, 'utf8').split('\r\n')[0]).toContain('pRB1');
  });

  it('exports the network as PNG and SVG', async () => {
    const png = await download('Download PNG');
    expect(readFileSync(png.path).subarray(1, 4).toString()).toBe('PNG');
    const svg = readFileSync((await download('Download SVG')).path, 'utf8');
    expect(svg).toContain('>CyclinD1<');
    expect(svg).toContain('MK-2206');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  });

  it('lectures from the current state and writes the story as PowerPoint, one slide per step', async () => {
    await page.keyboard.press('l');
    const lecture = page.getByRole('dialog', { name: 'Lecture mode' });
    await lecture.waitFor();
    const caption = page.getByTestId('lecture-caption');
    await expect(caption.textContent()).resolves.toContain('step 1 of 3');
    await expect(caption.textContent()).resolves.toContain('MYC knocked out');
    await page.keyboard.press('ArrowRight');
    await expect(caption.textContent()).resolves.toContain('MK-2206 given');
    const steps = await lecture.getByRole('navigation', { name: 'Steps' }).getByRole('button').count();
    await lecture.getByRole('button', { name: 'Export', exact: true }).click();
    const pptx = await download('Download story as PowerPoint');
    expect(pptx.name).toBe('opened-network.pptx');
    const slides = slidesOf(pptx.path);
    expect(slides).toHaveLength(steps);
    for (const [i, xml] of slides.entries()) {
      expect(xml).toContain('<p:pic>');
      expect(xml).toContain(`step ${i + 1} of ${steps}`);
    }
    expect(slides[1]).toContain('MK-2206 given. Largest changes against the same cell untreated');
    expect(slides[2]).toContain('Every feedback loop switched off');
    // the lecture is back on the step it was on
    await expect(caption.textContent()).resolves.toContain('step 2 of 3');
    // the first Esc closes the export menu (the focus is in it), the second leaves the lecture
    await page.keyboard.press('Escape');
    await lecture.getByRole('dialog', { name: 'Export figure' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await lecture.waitFor({ state: 'detached' });
  });

  it('keeps the explorer’s choices through the lecture', async () => {
    await page.waitForFunction(() => new URL(window.location.href).hash.includes('MYC-KO'));
    await expect(page.getByLabel('MYC: clamp').inputValue()).resolves.toBe('off');
    expect(new URL(page.url()).hash).toContain('d=mk2206');
  });

  it('names the line of a broken file and changes nothing else', async () => {
    await page.getByTestId('import-file').setInputFiles({
      name: 'broken.sbml',
      mimeType: 'application/xml',
      buffer: Buffer.from('<sbml>\n<model>\n<qual:listOfTransitions></model>'),
    });
    const problem = page.getByTestId('import-problem');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toMatch(/broken\.sbml.*line 3/);
    await expect(page.getByTestId('import-banner').textContent()).resolves.toContain(FILE_NAME);
    expect(await drawn('MYC')).toBe(true);
    expect(new URL(page.url()).hash).toContain('MYC-KO');
  });

  it('after a reload, asks for the file again and then restores the link’s state', async () => {
    await page.reload();
    const pending = page.getByTestId('import-pending');
    await pending.waitFor();
    await expect(pending.textContent()).resolves.toContain(FILE_NAME);
    await page.waitForFunction(() => window.pathwayLens?.cy?.getElementById('PTEN').length === 1);
    await page.getByTestId('import-file').setInputFiles(FIXTURE);
    await page.getByTestId('import-banner').waitFor();
    await expect(page.getByLabel('MYC: clamp').inputValue()).resolves.toBe('off');
    await expect(pending.count()).resolves.toBe(0);
    await page.locator('li.effect[data-readout="p21"]').waitFor();
  });

  it('goes back to the bundled model', async () => {
    await page.getByRole('button', { name: 'Back to the bundled model' }).click();
    await page.waitForFunction(() => window.pathwayLens?.cy?.getElementById('PTEN').length === 1);
    expect(await drawn('MYC')).toBe(false);
    expect(new URL(page.url()).searchParams.has('model')).toBe(false);
    await expect(page.getByTestId('import-banner').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Cell context' }).count()).resolves.toBe(1);
  });

  it('logs no errors', () => {
    expect(errors).toEqual([]);
  });
});
