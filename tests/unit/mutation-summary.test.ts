// The per-folder mutation score printed after a Stryker run: detected over detected and undetected, per src folder.
import { folderScores, formatScores } from '../../scripts/mutation-summary';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('mutation summary', () => {
  const report = {
    files: {
      'src/engine/hill.ts': mutants('Killed', 'Killed', 'Timeout', 'Survived'),
      'src/engine/direction.ts': mutants('NoCoverage', 'Ignored', 'CompileError'),
      'src/graph/scale.ts': mutants('Killed', 'Survived'),
      'src/features/App.tsx': mutants('Survived', 'Survived'),
    },
  };

  it('counts timeouts as detected, leaves ignored and compile errors out, and scores each folder on its own files', () => {
    expect(folderScores(report)).toEqual([
      { folder: 'engine', killed: 3, survived: 1, noCoverage: 1, ignored: 1, score: 60 },
      { folder: 'graph', killed: 1, survived: 1, noCoverage: 0, ignored: 0, score: 50 },
      { folder: 'stores', killed: 0, survived: 0, noCoverage: 0, ignored: 0, score: null },
      { folder: 'model', killed: 0, survived: 0, noCoverage: 0, ignored: 0, score: null },
    ]);
  });

  it('prints one row per folder and names the folders below the threshold', () => {
    const text = formatScores(folderScores(report));
    expect(text.split('\n')).toEqual([
      'src/engine    60.0 %  (killed 3, survived 1, no coverage 1, not scored 1)',
      'src/graph     50.0 %  (killed 1, survived 1, no coverage 0, not scored 0)',
      'src/stores       n/a  (killed 0, survived 0, no coverage 0, not scored 0)',
      'src/model        n/a  (killed 0, survived 0, no coverage 0, not scored 0)',
      'below 80 %: engine, graph',
    ]);
    expect(
      formatScores(folderScores(report, ['graph']), 50)
        .split('\n')
        .at(-1),
    ).toBe('every folder at 50 % or above');
  });
});
