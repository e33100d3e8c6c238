// context.clamp: any node knocked out (0) or forced on (1), in the scenario and its reference alike unless the
// reference gives a context of its own; bad clamps name the node or value. Works for the bundled model too.
import { predict, ScenarioError } from '../../src/engine/predict';
import { model, readout } from './helpers';

describe('context.clamp', () => {
  it('knocking a node out changes what it drives, against an unclamped reference', () => {
    const r = readout({ context: { clamp: { PTEN: 0 } }, reference: { context: { mutations: [] } } }, 'PIP3');
    expect(r.direction).toBe('up');
    const on = readout({ context: { clamp: { MTORC1: 1 } }, reference: { context: {} } }, 'S6K1_pT389');
    expect(on.value).toBeGreaterThan(on.reference);
  });

  it('holds in the reference too, so a drug acting upstream of a clamped node changes nothing below it', () => {
    const r = readout(
      { context: { clamp: { MTORC1: 0 } }, treatment: [{ drug: 'rapamycin', dose: 'high' }] },
      'S6K1_pT389',
    );
    expect(r.reference).toBeLessThan(0.05);
    expect(r.direction).toBe('no_change');
  });

  it('an empty clamp changes nothing', () => {
    const plain = predict(model, { treatment: [{ drug: 'erlotinib', dose: 'high' }] });
    const clamped = predict(model, {
      treatment: [{ drug: 'erlotinib', dose: 'high' }],
      context: { clamp: {} },
    });
    expect(clamped).toEqual(plain);
  });

  it.each([
    [{ context: { clamp: { NOPE: 0 } } }, /unknown node "NOPE" in context\.clamp; valid nodes: GLUCOSE, /],
    [
      { context: { clamp: { PTEN: 0.5 } } },
      /context\.clamp "PTEN" must be 0 \(knocked out\) or 1 \(forced on\), not 0\.5/,
    ],
    [{ context: { clamp: ['PTEN'] } }, /context\.clamp must be an object of node id → 0 or 1/],
    [{ reference: { context: { clamp: { X: 1 } } } }, /unknown node "X" in reference\.context\.clamp/],
    [{ context: { clamps: {} } }, /unknown key "clamps" in context; allowed keys: mutations, clamp/],
  ])('names the bad clamp %#', (scenario, message) => {
    expect(() => predict(model, scenario)).toThrow(ScenarioError);
    expect(() => predict(model, scenario)).toThrow(message);
  });
});
