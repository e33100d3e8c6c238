// Prints every lecture-step claim the model does not bear out (npx tsx scripts/check-claims.ts); exit 1 if any.
import scenarios from '../data/scenarios.json' with { type: 'json' };
import { checkStoryClaims } from '../src/engine/claims';
import { bundledModel } from '../src/model/bundled';
import { loadStories } from '../src/model/validate';

const model = bundledModel();
let failed = 0;
for (const story of loadStories(scenarios, model)) {
  for (const f of checkStoryClaims(model, story.steps)) {
    failed++;
    const c = f.claim;
    console.log(
      `${story.id} step ${f.step}: ${c.readout} ${c.direction}${c.against === 'previous' ? ' vs previous step' : ''}${c.loop ? ` (credited to ${c.loop})` : ''}: ${f.reason}`,
    );
  }
}
console.log(failed ? `${failed} claims fail` : 'every claim holds');
process.exit(failed ? 1 : 0);
