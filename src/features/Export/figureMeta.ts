// Title, subtitle and file name of an exported figure, from the scenario it shows.
import type { Timescale } from '../../engine/simulate';
import type { Model } from '../../model/types';
import type { GivenDrugChoice } from '../../stores/scenarioStore';
import type { FigureMeta } from './store';

function doseText(choice: GivenDrugChoice): string {
  if (typeof choice.dose !== 'number') return choice.dose === 'low' ? '(low, ≈ IC50)' : '(high)';
  const nM = choice.dose;
  return nM >= 1000 ? `${Number((nM / 1000).toPrecision(3))} µM` : `${Number(nM.toPrecision(3))} nM`;
}

/** Describes a scenario for a figure: drugs and doses as the title; context, timescale and switched-off loops below. */
export function figureMeta(
  model: Model,
  drugs: GivenDrugChoice[],
  mutations: string[],
  loopsOff: string[],
  timescale: Timescale,
): FigureMeta {
  const named = drugs.map((d) => ({ choice: d, drug: model.drugById.get(d.drugId) })).filter((x) => x.drug);
  const title = named.length
    ? named.map((x) => `${x.drug?.name} ${doseText(x.choice)}`).join(' + ')
    : 'Untreated cell';
  const context = mutations.length
    ? mutations.map((m) => model.pathway.mutations.find((x) => x.id === m)?.label ?? m).join(', ')
    : 'no driver mutation';
  const loops = loopsOff.map((l) => model.pathway.loops.find((x) => x.id === l)?.label ?? l);
  const subtitle = [
    `Context: ${context}`,
    timescale === 'acute' ? '1 hour after dosing' : '24 hours after dosing (steady state)',
    loops.length ? `switched off: ${loops.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9+]+/g, '-')
      .replace(/^-|-$/g, '');
  const fileBase = [
    named.length ? named.map((x) => slug(x.choice.drugId)).join('+') : 'untreated',
    ...mutations.map(slug),
    ...loopsOff.map((l) => `no-${slug(l)}`),
    timescale === 'acute' ? '1h' : '24h',
  ].join('-');
  return { title, subtitle, fileBase };
}
