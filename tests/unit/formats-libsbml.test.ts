// The exported SBML checked by libSBML itself (Debian's python3-sbml5, with the qual and layout packages): no errors.
// Skipped, and says so, on a machine without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleModel } from '../../src/formats/assemble';
import { exportSbmlQual, importSbmlQual } from '../../src/formats/sbml';
import { model } from './helpers';

const CHECK = `
import sys, libsbml
doc = libsbml.readSBMLFromFile(sys.argv[1])
doc.checkConsistency()
for i in range(doc.getNumErrors()):
    e = doc.getError(i)
    if e.getSeverity() >= libsbml.LIBSBML_SEV_ERROR:
        print(f"line {e.getLine()}: [{e.getErrorId()}] {e.getMessage().strip()}")
`;

const python = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import libsbml'], { encoding: 'utf8' }).status === 0,
);

describe('libSBML on the exported SBML (needs python3-sbml5: apt-get install -y python3-sbml5)', () => {
  it('libSBML is installed (the README and .ci/run install it, like Chromium)', () => {
    expect(python, 'python3 with libsbml not found: apt-get install -y python3-sbml5').toBeDefined();
  });
  const dir = mkdtempSync(join(tmpdir(), 'libsbml-'));
  const check = (xml: string) => {
    const path = join(dir, 'model.sbml');
    writeFileSync(path, xml);
    const run = spawnSync(python as string, ['-c', CHECK, path], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.trim();
  };

  it('reports no errors on the bundled model', () => {
    expect(check(exportSbmlQual(model))).toBe('');
  }, 60_000);

  it('reports no errors on a third-party network written back out', () => {
    const imported = assembleModel(
      importSbmlQual(
        `<?xml version="1.0"?><sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" xmlns:qual="http://www.sbml.org/sbml/level3/version1/qual/version1" level="3" version="1" qual:required="true"><model id="m"><listOfCompartments><compartment id="c" constant="true"/></listOfCompartments><qual:listOfQualitativeSpecies><qual:qualitativeSpecies qual:id="A-1" qual:compartment="c" qual:constant="true"/><qual:qualitativeSpecies qual:id="B" qual:compartment="c" qual:constant="false"/></qual:listOfQualitativeSpecies><qual:listOfTransitions><qual:transition qual:id="t"><qual:listOfInputs><qual:input qual:qualitativeSpecies="A-1" qual:transitionEffect="none"/><qual:input qual:qualitativeSpecies="B" qual:transitionEffect="none"/></qual:listOfInputs><qual:listOfOutputs><qual:output qual:qualitativeSpecies="B" qual:transitionEffect="assignmentLevel"/></qual:listOfOutputs><qual:listOfFunctionTerms><qual:defaultTerm qual:resultLevel="0"/><qual:functionTerm qual:resultLevel="1"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><and/><apply><eq/><ci>A-1</ci><cn type="integer">1</cn></apply><apply><eq/><ci>B</ci><cn type="integer">0</cn></apply></apply></math></qual:functionTerm></qual:listOfFunctionTerms></qual:transition></qual:listOfTransitions></model></sbml>`,
      ),
    );
    expect(check(exportSbmlQual(imported))).toBe('');
  }, 60_000);
});
