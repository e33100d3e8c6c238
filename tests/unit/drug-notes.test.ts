// Drug notes must not contradict the numbers beside them: a note may not call a potency missing or
// unconfirmed when its target has a value, and a number a target note quotes for that target must be
// the value beside it unless the note says which other assay or form the number belongs to.
import drugsJson from '../../data/drugs.json';

interface NoteTarget {
  target: string;
  isoform?: string;
  value_nM: number | null;
  assay?: string;
  note?: string;
  blocks?: string[];
  downregulation?: boolean;
}
interface NoteDrug {
  id: string;
  note?: string;
  targets: NoteTarget[];
}

const drugs = (drugsJson as { drugs: NoteDrug[] }).drugs;

/** Wording that says a potency is missing or unconfirmed. */
const MISSING =
  /\b(?:not confirmed|could not be confirmed|not quantified|unconfirmed|no potency)\b|\bno\b[^.;]{0,40}\b(?:confirmed|found)\b/i;
/** Words that make a missing-claim about a potency (rather than about a dose, a mode or a paper). */
const POTENCY = /\b(?:potenc(?:y|ies)|IC50s?|EC50s?|Kds?|KD|Kis?|affinit(?:y|ies)|values?)\b/i;
/** The claim is about something other than the target's own potency as entered (a mutant form, another isoform, a
 * cellular value where the entered one is not cellular, a dose or the binding mode). */
const OTHER_SUBJECT =
  /\b(?:mutant|mutants|mutation|mutations|variant|variants|L858R|T790M|C797S|ex19del|exon|other isoforms?|off-isoform|isoform profile|cellular|dose|doses|concentration|mode|mechanism)\b/i;

/** How each model target is named in free text. */
const ALIASES: Record<string, RegExp> = {
  EGFR: /\bEGFR\b|\bErbB-?1\b/i,
  HER2: /\bHER2\b|\bErbB-?2\b|\bp185/i,
  HER3: /\bHER3\b|\bErbB-?3\b/i,
  IGF1R: /\bIGF-?1R\b|\bIGF-I ?R\b|\bIGF-I receptor/i,
  INSR: /\b[Ii]nsulin[- ]receptor|\bINSR\b|\bInsR\b|\bIR\b/,
  PI3K: /\bPI3K|\bp110/i,
  MTORC1: /\bmTOR\b|\bmTORC1\b|\bTORC1\b/i,
  MTORC2: /\bmTORC2\b|\bTORC2\b/i,
  AKT: /\bAkt\d?\b/i,
  PDK1: /\bPDK1\b/i,
  MEK: /\bMEK\d?\b/i,
  ERK: /\bERK\d?\b/i,
  RAF: /\bRAF\b/i,
  SRC: /\bSrc\b/i,
  FAK: /\bFAK\b/i,
  DNAPK: /\bDNA-?PK\b/i,
  IGF1: /\bIGF-?(?:1|I)\b(?! ?R)/i,
  IGF2: /\bIGF-?(?:2|II)\b/i,
  MET: /\bc-?MET\b|\bMET\b/,
};

/** Assay words, by kind: a number quoted with a different kind of assay is another measurement. */
const ASSAY_WORDS: Record<string, RegExp> = {
  cellular: /\bcells?\b|\bcellular\b|\bintact\b|\bcell line|\bphospho|\bpEGFR\b|\bpERK\b|\bgrowth\b/i,
  biochemical:
    /\bbiochemical\b|\bcell-free\b|\bpurified\b|\brecombinant\b|\bisolated\b|\benzyme\b|\bkinase domain\b/i,
  binding: /\bbinding\b|\bbinds\b|\bFRB\b|\bFKBP12\b|\bSPR\b|\bKINOMEscan\b/i,
};

/** Words that say a quoted number belongs to another form or construct than the simulated one. */
const OTHER_FORM =
  /\b(?:mutant|variant|precursor|parent|alone|without|other|another|murine|mouse|rat|L858R|T790M|C797S|ex19del|Ser473|isoforms?)\b/i;

const clauses = (text: string) => text.split(/(?<=[.;])\s+/).filter((c) => c.trim().length > 0);
const namesTarget = (text: string, target: string) => ALIASES[target]?.test(text) ?? false;
const namesAnyTarget = (text: string, except?: string) =>
  Object.keys(ALIASES).some((t) => t !== except && namesTarget(text, t));

const UNIT: Record<string, number> = {
  pm: 1e-3,
  nm: 1,
  'nmol/l': 1,
  um: 1e3,
  µm: 1e3,
  μm: 1e3,
  'umol/l': 1e3,
};
/** "IC50 12 nM", "Kd = 0.3 nmol/L", "Ki of 16 pM", "IC50 < 1 umol/L": the quoted value in nM. */
const QUOTED =
  /\b(IC50|EC50|Kd|KD|Ki)\b\s*(?:of|=|≈|~|:|is|was)?\s*(?:[<>≤≥]\s*)?(?:about\s+|approximately\s+|~\s*)?(\d+(?:\.\d+)?)\s*(pM|nM|nmol\/L|uM|µM|μM|umol\/L)\b/gi;

function quotedValues(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const factor = UNIT[(m[3] ?? '').toLowerCase()];
    if (factor !== undefined) out.push(Number(m[2]) * factor);
  }
  return out;
}

function otherAssayNamed(clause: string, assay: string | undefined): boolean {
  return Object.entries(ASSAY_WORDS).some(([kind, re]) => kind !== assay && re.test(clause));
}

/** Every contradiction in one drug, as readable lines. */
function noteProblems(drug: NoteDrug): string[] {
  const problems: string[] = [];
  const valued = drug.targets.filter((t) => t.value_nM !== null);
  const label = (t: NoteTarget) => `${t.target}${t.isoform ? `/${t.isoform}` : ''}`;

  for (const t of valued) {
    for (const clause of clauses(t.note ?? '')) {
      // A target with a value whose own note calls its potency missing.
      if (MISSING.test(clause) && !OTHER_SUBJECT.test(clause)) {
        const own = namesTarget(clause, t.target);
        const generic = POTENCY.test(clause) && !namesAnyTarget(clause, t.target);
        if (own || generic)
          problems.push(`${drug.id} ${label(t)} (${t.value_nM} nM): note calls it unconfirmed: "${clause}"`);
      }
      // A number quoted for the simulated target that is not the value beside it.
      for (const quoted of quotedValues(clause)) {
        const value = t.value_nM as number;
        if (Math.abs(Math.log(quoted / value)) <= Math.log(1.05)) continue;
        if (otherAssayNamed(clause, t.assay) || OTHER_FORM.test(clause) || namesAnyTarget(clause, t.target))
          continue;
        problems.push(
          `${drug.id} ${label(t)}: note quotes ${quoted} nM but the value is ${value} nM without naming the other assay: "${clause}"`,
        );
      }
    }
  }

  // The drug's own note: a missing-claim about a target that has a value, or a bare "no potency confirmed".
  if (valued.length > 0)
    for (const sentence of clauses(drug.note ?? '')) {
      if (!MISSING.test(sentence) || OTHER_SUBJECT.test(sentence)) continue;
      const hit = valued.find((t) => namesTarget(sentence, t.target));
      const generic = POTENCY.test(sentence) && !namesAnyTarget(sentence);
      if (hit || generic)
        problems.push(
          `${drug.id}: drug note calls a potency unconfirmed although ${hit ? label(hit) : 'a target'} has a value: "${sentence}"`,
        );
    }
  problems.push(...behaviourProblems(drug));
  return problems;
}

/** A note that says the drug does not down-regulate its receptor (or that this was not checked) while a target does. */
const NO_DOWNREGULATION =
  /\b(?:down-?regulation|internali[sz]ation)\b[^.;]{0,40}\b(?:not (?:checked|confirmed|set|shown)|is false)\b/i;
/** A note that says no block or no target is set while one is. */
const NO_BLOCKS = /\bblocks are not set\b|\bno target is (?:set|mapped|listed)\b/i;

/** Notes that contradict a target's down-regulation or block switches. */
function behaviourProblems(drug: NoteDrug): string[] {
  const problems: string[] = [];
  const downregulates = drug.targets.some((t) => t.downregulation === true);
  const blocks = drug.targets.some((t) => (t.blocks ?? []).length > 0);
  for (const sentence of clauses(drug.note ?? '')) {
    if (downregulates && NO_DOWNREGULATION.test(sentence))
      problems.push(`${drug.id}: note denies down-regulation the data switch on: "${sentence}"`);
    if ((blocks || drug.targets.length > 0) && NO_BLOCKS.test(sentence))
      problems.push(`${drug.id}: note says nothing is set although the data set it: "${sentence}"`);
  }
  return problems;
}

describe('drug notes agree with their data', () => {
  it.each(drugs.map((d) => [d.id, d] as const))('%s', (_id, drug) => {
    expect(noteProblems(drug)).toEqual([]);
  });

  it('catches a note that calls a measured potency unconfirmed, and a wrong quoted number', () => {
    const base: NoteDrug = {
      id: 'probe',
      targets: [{ target: 'SRC', value_nM: 0.016, assay: 'biochemical', note: 'Ki 16 pM for Src' }],
    };
    expect(noteProblems(base)).toEqual([]);
    expect(noteProblems({ ...base, note: 'A SRC potency could not be confirmed.' })).toHaveLength(1);
    expect(noteProblems({ ...base, note: 'No Kd confirmed from a primary source.' })).toHaveLength(1);
    expect(noteProblems({ ...base, note: 'High cell-culture dose not confirmed.' })).toEqual([]);
    const quoted = { ...base, targets: [{ ...(base.targets[0] as NoteTarget), note: 'Ki 2 nM for Src' }] };
    expect(noteProblems(quoted)).toHaveLength(1);
    const otherAssay = {
      ...base,
      targets: [{ ...(base.targets[0] as NoteTarget), note: 'IC50 2 nM in cells' }],
    };
    expect(noteProblems(otherAssay)).toEqual([]);
  });

  it('catches a note that denies the down-regulation or blocks its data switch on', () => {
    const antibody: NoteDrug = {
      id: 'probe-antibody',
      targets: [{ target: 'IGF1R', value_nM: null, blocks: ['binding'], downregulation: true }],
    };
    expect(noteProblems(antibody)).toEqual([]);
    expect(noteProblems({ ...antibody, note: 'Receptor downregulation not checked.' })).toHaveLength(1);
    expect(noteProblems({ ...antibody, note: 'No target is set, so blocks are not set.' })).toHaveLength(1);
    const plain = { ...antibody, targets: [{ target: 'IGF1R', value_nM: null }] };
    expect(noteProblems({ ...plain, note: 'Receptor downregulation not checked.' })).toEqual([]);
  });
});
