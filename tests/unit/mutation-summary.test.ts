// The per-folder mutation score printed after a Stryker run: detected over detected and undetected, per src folder.
import { folderScores, formatScores, mergeReports } from '../../scripts/mutation-summary';

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

  it('scores runs of one folder at a time together, a later run of a file replacing the earlier one', () => {
    const graphRun = { files: { 'src/graph/scale.ts': mutants('Survived', 'Survived') } };
    const engineRun = { files: { 'src\\engine\\hill.ts': mutants('Killed') } };
    const graphAgain = { files: { 'src/graph/scale.ts': mutants('Killed', 'Survived') } };
    const scores = folderScores(mergeReports([graphRun, engineRun, graphAgain]));
    expect(scores.map((s) => [s.folder, s.killed, s.survived, s.score])).toEqual([
      ['engine', 1, 0, 100],
      ['graph', 1, 1, 50],
      ['stores', 0, 0, null],
      ['model', 0, 0, null],
    ]);
    expect(Object.keys(mergeReports([engineRun]).files)).toEqual(['src/engine/hill.ts']);
  });
});
