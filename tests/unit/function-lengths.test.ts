// Holds the source to its size rule: no function in src/ spans more than 100 lines.
import { longFunctions, longFunctionsInFile } from '../../scripts/function-lengths';

describe('function lengths', () => {
  it('finds no function over 100 lines in src/', () => {
    const report = longFunctions('src', 100).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(report).toEqual([]);
  });

  it('measures a function from its first line to its closing brace and names it', () => {
    const body = Array.from({ length: 5 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const short = body.split('\n').slice(0, 3).join('\n');
    const text = `// module\nexport function tall() {\n${body}\n}\nconst arrow = () => {\n${short}\n};\n`;
    expect(longFunctionsInFile('x.ts', text, 6)).toEqual([{ file: 'x.ts', name: 'tall', line: 2, lines: 7 }]);
    expect(longFunctionsInFile('x.ts', text, 4).map((f) => [f.name, f.lines])).toEqual([
      ['tall', 7],
      ['arrow', 5],
    ]);
  });
});
