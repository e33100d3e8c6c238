// Writes docs/model-validation.md: every literature case (shared and the project's own) with the model's answer, misses grouped by what the model lacks.
import { writeFileSync } from 'node:fs';
import { predict } from '../src/engine/predict';
import { bundledModel } from '../src/model/bundled';
import { type LiteratureCase, readCases, scenarioOf } from '../tests/support/cases';

/** The mechanisms the model lacks, each explaining a group of misses. */
const GAPS: Record<string, string> = {
  potency:
    'Potency on resistant EGFR forms. The binding panel rates afatinib only 2–4 × weaker on T790M forms, so in the model ' +
    'afatinib alone blocks them (and cetuximab adds little), while in cells and mice it fails at achievable doses: ' +
    'binding constants measured without ATP miss the ATP-affinity gain that T790M brings. Li 2008’s cellular growth ' +
    'IC50s (L858R H3255 0.7 nM, wild-type H1666 60 nM, L858R/T790M H1975 99 nM; CIViC evidence items 2629 and 2163) were ' +
    'tried as afatinib’s per-form potencies on 3 December 2026: the Regales proliferation case turns, but Li 2008’s own ' +
    'EGFR-phosphorylation case is lost and cetuximab still adds under 2 % (mutant EGFR needs no ligand), net 0; growth ' +
    'IC50s in lines that need not depend on EGFR are a weaker basis than the binding panel, so they are not entered. ' +
    'Osimertinib now runs on cellular potencies (wild type 1865 nM, L858R 54 nM, L858R/T790M 15 nM), but no value on ' +
    'any C797S form was found: the two-log rule for covalent drugs puts it at 1.5 µM against the 450 nM high dose, a ' +
    'quarter block that still lowers EGFR phosphorylation by a tenth. No fold is raised to fit.',
  ptenBypass:
    'How completely PTEN loss frees AKT from receptors. PIP3 is made against removal and p110β keeps making it, so ' +
    'IGF-1R/InsR blocks leave AKT alone in PTEN-null cells; EGFR blocks and p110α-selective drugs still lower it by 15–60 %. ' +
    'The literature pulls both ways: MDA-MB-468 and Sos 2009 show PTEN-null cells keep AKT under EGFR TKIs, while ' +
    'Choi 2010 (H1650) and Camirand 2005 saw an IGF-1R inhibitor added to gefitinib lower AKT and growth further in ' +
    'PTEN-null cells (public cases the model keeps). Pictilisib now carries its LINCS binding constants on all four ' +
    'class I isoforms (β 16 nM against α 1.1 nM), so the pictilisib cases no longer stand in the way; a tonic p110β ' +
    '(basal activity 0.03–0.5, as in Jia 2008) was tried again on that data: it frees PTEN-null AKT from gefitinib ' +
    '(and from alpelisib at 0.2 and above) but then no receptor block lowers PTEN-null AKT, so both IGF-1R-plus-gefitinib ' +
    'cases are lost: net −1 at every level, so it is not in. On 3 December 2026 the tonic p110β (0.1–0.2) was scanned ' +
    'together with a stronger IRS1 → p110β link (weight 0.3–1, EC50 0.3–0.6): the best settings win both PTEN-null ' +
    'no-change cases (and once trastuzumab in IGF-1R-high cells) but every setting loses both IGF-1R-plus-gefitinib ' +
    'cases, net −4 to 0. PTEN-null AKT sits on the flat top of its PIP3 response, so whatever frees it from one receptor ' +
    'frees it from all of them.',
  proliferationSwitch:
    'Proliferation is a graded sum of ERK, eIF4E and S6 input, so any partial upstream loss lowers it by 10–30 % even ' +
    'where an activating mutation below the drug keeps the cell dividing. Cells commit through an all-or-none switch ' +
    '(Rb–E2F) that tolerates partial loss; a steeper input and a drive-against-p27 balance were both tried and each ' +
    'lost more cases than it won, so neither is in. Trastuzumab now spares HER2 homodimers (Maadi 2018; Nami 2019), ' +
    'which keeps ERK up in PTEN-null cells; under trastuzumab in IGF-1R-high cells and under lapatinib (which ' +
    'also blocks the kinase) in PIK3CA-mutant cells, ERK and p27 still move enough to lower proliferation by a ' +
    'sixth to a third. PIK3CA H1047R now keeps 0.7 of p110α working on its own (the ' +
    'kinase-domain mutant needs neither receptor nor RAS, Zhao 2008; it was 0.5), which keeps HER2-amplified mutant ' +
    'cells dividing under trastuzumab and makes everolimus bite in PIK3CA cells; ERK’s kinase RSK keeps part of S6 ' +
    'phosphorylated without mTOR (Roux 2007), so KRAS-mutant cells still escape everolimus. A heavier ERK input and ' +
    'a lighter p27 brake each moved two or three cases one way and as many back, so neither is in.',
  mapkRebound:
    'MAPK rises that follow PI3K or mTOR block (Serra 2011; Soares 2015). HER3 phosphorylation now recovers when AKT ' +
    'falls (AKT ⊣ HER3) and FOXO raises HER3 expression, so GRB2/SOS rises by about an eighth; but a dual PI3K/mTOR ' +
    'inhibitor also removes PI3K’s own push on RAS (the route by which rapalogs raise ERK, Carracedo 2008), and in ' +
    'HER2-amplified and KRAS cells the two cancel, so ERK moves by under 10 %. A lighter PI3K → RAS edge fixes one ' +
    'case and loses the rapalog ERK rise, so it is not in. AKT’s inhibitory phosphorylation of RAF (c-Raf S259) was ' +
    'tried on 2 December 2026 (weight 0.15–0.5, alone or with RAS): ERK under the dual inhibitors still moves by ' +
    'under 2 %, and because a rapalog raises AKT it now holds ERK down, so the everolimus ERK rise and the KRAS + ' +
    'PIK3CA everolimus case turn (net −2 to −3): not in. The mTORC2-dependent brake on MEK/ERK that dual PI3K/mTOR ' +
    'inhibitors release in pancreatic cancer cells (Soares 2015: the ERK rise follows the loss of AKT S473 and needs ' +
    'RICTOR) was tried on 3 December 2026 as mTORC2 ⊣ MEK or ⊣ RAF (weight 0.15–0.4, EC50 0.2–0.5), with RAF → MEK ' +
    're-centred so untreated ERK stays at 0.32, and once also with a steeper MEK → ERK (Hill 2.3–3.3) so KRAS-mutant ERK ' +
    'stays too: both MAPK cases and the KRAS BEZ235 tumour case turn, the rapalog ERK rise or a near-line proliferation ' +
    'case is lost, net +1 (+2 at a few settings). But every mTOR kinase inhibitor then leaves wild-type proliferation ' +
    'unchanged or raises it by a tenth (it lowers it by 13 % today), against Thoreen 2009 (Torin1 slows proliferation ' +
    'more than rapamycin does), so it is not in.',
  mtorc2Chronic:
    'Chronic rapalog loss of mTORC2 in tumour cells. The model removes mTORC2 only in liver (Lamming 2012); about a third ' +
    'of tumour lines lose it too (Sarbassov 2006), which a single generic tumour cell cannot show without breaking the ' +
    'rapalog AKT rebound seen in the others. Tried: the generic cell as an average line, losing a share 0.27 of its ' +
    'mTORC2 (a third of lines × the liver share 0.8): the in-vivo mTORC2 case turns (a share of 0.3 also turns the ' +
    'PTEN-null one), but the rapalog AKT rebound halves in wild-type cells and vanishes in PIK3CA-mutant ones, where ' +
    'O’Reilly 2006 saw it in MCF7 cells, so it is not in.',
  metBypass:
    'MET amplification as the EGFR-TKI bypass. Amplified MET is made faster than it is removed (gene dosage, ' +
    'Cappuzzo 2009) and HER3 expression gates every partner rather than adding a route, so MET alone keeps HER3 and ' +
    'AKT up when gefitinib silences mutant EGFR.',
  magnitude:
    'The direction is right but the change is under 10 % (or over it for a no-change case): the strength of one input ' +
    'among several (FOXO → HER3 in HER2-amplified cells under gefitinib; insulin after IGF-1R antibodies; ' +
    'FOXO after gefitinib; IGF-2 → InsR-A). Much of it is FOXO3a sitting at 0.8 in the untreated cell, so an AKT ' +
    'inhibitor can raise it by a tenth at most. Tried (2 December 2026): AKT ⊣ FOXO3a made more sensitive (EC50 0.1–0.2, ' +
    'untreated FOXO3a 0.43–0.60) with every FOXO3a output re-centred so its untreated output stays put: MK-2206 then ' +
    'raises nuclear FOXO3a and apoptosis by more than a tenth, but everolimus’s ERK rise and trametinib’s HER3 rise in ' +
    'KRAS cells fall under 10 % (the AKT they raise now takes more FOXO3a out of the nucleus, and with it HER3 and IGF-1R ' +
    'expression): net −2, so it is not in. Gefitinib’s and erlotinib’s HER2 binding constants (LINCS KINOMEscan, 3.5 ' +
    'and 2.9 µM) were tried as HER2 potencies for the HER2-amplified HER3 case: HER2 falls by a tenth, HER3 expression ' +
    'still rises by only 3 %, and the PTEN-null gefitinib proliferation case turns, so they are not entered.',
  apoptosis:
    'Apoptosis is a graded readout of AKT, FOXO, ERK and survivin, so any strong PI3K/mTOR block raises it; in ' +
    'EGFR-mutant cells a dual PI3K/mTOR inhibitor alone induces little apoptosis (Faber 2009) because the BIM ' +
    'induction that commits them follows ERK loss, which the model does not separate.',
  data: 'A data gap: the drug lacks the potency or mechanism data the case depends on.',
  clinical:
    'A clinical or in-vivo outcome (trial response, tumour shrinkage) that depends on pharmacokinetics and tumour ' +
    'heterogeneity the cell model does not have.',
  saturatedCombo:
    'A combination whose second drug adds nothing in the model. Alpelisib + lapatinib in PIK3CA cells: alpelisib ' +
    'already holds p110α down, lapatinib takes HER3 from 0.43 to 0.05, but lapatinib-bound EGFR switches IGF-1R on ' +
    '(the heterodimer rescue, +48 %), whose IRS1 feeds p110β, so AKT S473 ends 7 % higher, not lower (Young 2013 saw ' +
    'it fall). Whether lapatinib, which holds EGFR in its inactive shape, makes these dimers as erlotinib does is not ' +
    'settled in any source read here. Selumetinib + gefitinib on AKT: in a wild-type cell EGFR carries little of PI3K’s ' +
    'input, so gefitinib on top of selumetinib leaves AKT where it was. Stronger ERK ⊣ EGFR and ERK ⊣ HER3 feedback ' +
    '(Turke 2012; weights 0.2–0.5 instead of 0.09) was tried on 3 December 2026: selumetinib’s AKT rise still runs ' +
    'through GRB2/SOS → RAS → PI3K, gefitinib on top still moves AKT by under 1 % (its drug-bound EGFR switches IGF-1R ' +
    'on by half), and MK-2206’s FOXO3a rise and the rapamycin 4E-BP1 case turn: not in.',
};

const GAP_OF: Record<string, keyof typeof GAPS> = {
  'osimertinib-c797s-egfr-p-no-change': 'potency',
  'afatinib-t790m-proliferation-no-change': 'potency',
  'afatinib-plus-cetuximab-t790m-egfr-p-down': 'potency',
  'gefitinib-pten-null-akt-no-change': 'ptenBypass',
  'alpelisib-pten-null-akt-no-change': 'ptenBypass',
  'gefitinib-plus-ag1024-h1650-akt-down': 'ptenBypass',
  'trastuzumab-pten-loss-proliferation-no-change': 'proliferationSwitch',
  'trastuzumab-pik3ca-mutant-proliferation-no-change': 'proliferationSwitch',
  'trastuzumab-igf1r-high-proliferation-no-change': 'proliferationSwitch',
  'lapatinib-pik3ca-her2amp-proliferation-no-change': 'proliferationSwitch',
  'everolimus-kras-pik3ca-proliferation-no-change': 'proliferationSwitch',
  'everolimus-pik3ca-mutant-proliferation-down': 'proliferationSwitch',
  'gefitinib-plus-ag1024-pten-loss-proliferation-down': 'proliferationSwitch',
  'gefitinib-pten-null-proliferation-no-change': 'proliferationSwitch',
  'buparlisib-kras-proliferation-no-change': 'proliferationSwitch',
  'everolimus-erk-p-feedback-up': 'mapkRebound',
  'bez235-erk-p-up-her2amp': 'mapkRebound',
  'gdc0980-kras-erk-p-up': 'mapkRebound',
  'bez235-her2amp-her3-p-up': 'mapkRebound',
  'gefitinib-her3-expr-up-her2amp': 'magnitude',
  'rapamycin-pten-null-akt-s473-sustained-down': 'mtorc2Chronic',
  'rapamycin-mtorc2-sustained-down-in-vivo': 'mtorc2Chronic',
  'gefitinib-met-amp-akt-no-change': 'metBypass',
  'gefitinib-met-amp-her3-p-no-change': 'metBypass',
  'figitumumab-insulin-blood-up': 'magnitude',
  'trastuzumab-her2amp-src-p-down': 'magnitude',
  'nvp-aew541-igf2-ira-akt-no-change': 'magnitude',
  'gefitinib-foxo3-nuclear-up-pten-restored': 'magnitude',
  'trametinib-braf-p27-up': 'magnitude',
  'igf1r-active-ecad-down': 'magnitude',
  'rapamycin-4ebp1-p-sustained-no-change': 'magnitude',
  'bez235-egfr-mutant-apoptosis-no-change': 'apoptosis',
  'pictilisib-pten-null-u87-growth-down': 'data',
  'bez235-kras-lung-tumour-no-change': 'clinical',
  'linsitinib-plus-erlotinib-egfr-mutant-proliferation-no-change': 'clinical',
  'alpelisib-plus-lapatinib-pik3ca-akt-down': 'saturatedCombo',
  'selumetinib-plus-gefitinib-akt-down': 'saturatedCombo',
  'gefitinib-t790m-egfr-p-no-change': 'potency',
};

const model = bundledModel();

/** How far an agreeing answer sits from the 10 % line that would turn it, as a share of the reference (0.02 = 2 points). */
function marginOf(expected: string, reference: number, value: number): number {
  const ratio = value / reference;
  if (expected === 'up') return ratio - 1.1;
  if (expected === 'down') return 0.9 - ratio;
  return Math.min(1.1 - ratio, ratio - 0.9);
}

/** An agreeing case within two points of the line: an agreement a small change could turn. */
interface NearLine {
  id: string;
  expected: string;
  ratio: number;
  margin: number;
}

function table(cases: LiteratureCase[]) {
  const rows: string[] = [];
  const misses: LiteratureCase[] = [];
  const nearLine: NearLine[] = [];
  for (const c of cases) {
    const r = predict(model, scenarioOf(c)).readouts[c.readout];
    const ok = r?.direction === c.expected;
    if (!ok) misses.push(c);
    else if (r && r.reference > 0) {
      const margin = marginOf(c.expected, r.reference, r.value);
      if (margin < 0.02)
        nearLine.push({ id: c.id, expected: c.expected, ratio: r.value / r.reference, margin });
    }
    const treatment = (c.treatment ?? []).map((t) => `${t.drug} (${t.dose})`).join(' + ') || '—';
    const mutations = (c.context?.mutations ?? []).filter((m) => m !== 'none').join(', ') || 'wild type';
    rows.push(
      `| ${ok ? '✓' : '✗'} | ${c.id} | ${mutations} | ${treatment} | ${c.comparison.replace(/_/g, ' ')} | ${c.readout} | ${c.timescale.split(' ')[0]} | ${c.expected} | ${r?.direction ?? 'missing'} (${r?.reference.toFixed(3)} → ${r?.value.toFixed(3)}) |`,
    );
  }
  const head =
    '| | case | context | treatment | comparison | readout | timescale | expected | model (reference → value) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  return { text: `${head}\n${rows.join('\n')}`, misses, nearLine, agree: cases.length - misses.length };
}

const shared = readCases('shared');
const project = readCases('project');
const s = table(shared);
const p = table(project);
const total = shared.length + project.length;
const allMisses = [...s.misses, ...p.misses];
const byGap = new Map<string, string[]>();
for (const c of allMisses) {
  const gap = GAP_OF[c.id] ?? 'unexplained';
  byGap.set(gap, [...(byGap.get(gap) ?? []), c.id]);
}
const pct = (a: number, n: number) => ((100 * a) / n).toFixed(1);

const out = `# Model validation

Two sets of literature perturbation cases, each with its citation: the shared public cases
(\`data/validation/shared-cases.json\`, a copy of \`../shared/validation/cases.json\`) and the project's own
curated cases (\`data/validation/cases.json\`; cases that fall outside the model's scope or repeat another are in
\`data/validation/excluded.json\` with the reason). This page is written by \`npx tsx scripts/validation-report.ts\`;
\`node scripts/score-validation.mjs [cases.json]\` scores a set through the command line.

- Shared public cases: **${s.agree} of ${shared.length} agree (${pct(s.agree, shared.length)} %)**; the test suite fails below 90 %.
- Project cases: **${p.agree} of ${project.length} agree (${pct(p.agree, project.length)} %)**; the test suite fails below 62 % (a floor against regressions, not the goal).
- Together: **${s.agree + p.agree} of ${total} (${pct(s.agree + p.agree, total)} %)**. The goal is 95 %; the misses below say what is missing.

## Misses, by the mechanism the model lacks

${[...byGap]
  .map(
    ([gap, ids]) =>
      `### ${ids.length} × ${gap}\n\n${GAPS[gap] ?? 'Not yet analysed.'}\n\n${ids.map((id) => `- ${id}`).join('\n')}`,
  )
  .join('\n\n')}

## Agreements near the line

Agreeing cases whose answer lies within two points of the 10 % line (value ÷ reference): a small, well-founded
change elsewhere can turn them, and several tries on this page lost cases this way. Cases like them that are not in
the set are as likely to go either way.

${[...s.nearLine, ...p.nearLine]
  .sort((a, b) => a.margin - b.margin)
  .map((n) => `- ${n.id} (expected ${n.expected.replace('_', ' ')}): ${n.ratio.toFixed(3)}`)
  .join('\n')}

## Parameters a case depends on

Each weight below comes from the biology named beside it, and each was checked for how far it can move before a case
turns. Where the chosen value sits at the edge, that is said, so nobody mistakes a fitted value for a measured one.

- ERK → S6 (RSK, Roux 2007): 0.4, two of S6's five sites; the KRAS + PIK3CA everolimus case holds from 0.4 to 0.6 and
  turns at 0.3.
- AKT ⊣ HER3 (Chandarlapaty 2011): 0.35; its two cases hold from 0.3 to 0.5 and one turns at 0.2.
- IGF-1R (body) → PI3Kα (body) (Guler 1987; Zenobi 1992): 0.5, half of the insulin receptor's weight; the IGF-1R
  antibody insulin case holds from 0.5 up and turns at 0.4, so this value sits at the edge.
- PIK3CA H1047R constitutive activity (Zhao 2008): 0.7; the cases hold from 0.6 to 0.7; at 0.5 two PIK3CA cases turn,
  and from 0.8 up the KRAS + PIK3CA everolimus case turns.
- HER2 level gating the ligand-independent HER2–HER3 complex (Junttila 2009; Lewis 1993): half-formed at HER2 level
  0.5 (a wild-type cell has 0.25, an amplified one 1), Hill 3. With it, trastuzumab and its conjugates leave HER2-normal
  cells alone (proliferation, AKT, ERK and HER3 within 3 %) and still lower HER3 and AKT in HER2-amplified ones. The
  cases hold from 0.4 to 0.6.
- Heregulin → HER3 (Carraway 1994: 60 pM on cells) half-activating at 0.15 and its HER2 partner at 0.3: with the
  ligand-independent complex gone from HER2-normal cells, this ligand-driven pair carries their HER3, and these two values
  keep the wild-type HER3 level where it was (0.42). They sit in a narrow window: heregulin at 0.12 or 0.18, or the
  partner at 0.25 or 0.35, turns one case, so they are set by the wild-type HER3 level, not measured.
- Snail ⊣ E-cadherin (Cano 2000): Hill 2, cooperative repression through the promoter's E-boxes, so E-cadherin falls
  steeply once Snail rises; the IGF-1R-high E-cadherin case holds from Hill 1.5 to 3 (at Hill 1.2 it sat on the 10 % line).
- HER2 → Src, the ligand-independent HER2–Src complex (Muthuswamy 1994): steep (Hill 3) and half-formed at HER2
  activity 0.65, so an amplified cell (HER2 activity 0.62) forms about 0.6 of it and a HER2-normal cell (0.35) under a
  fifth; trastuzumab then lowers Src by 14 % where HER2 is amplified and by 3 % where it is normal (12 % before, an
  arrow on the diagram beside a caption that says nothing moves). A HER2-level link like the HER2–HER3 one would say
  the same more directly, but it would run over HER2 or add seven crossings. The Src basal activity goes from 0.2 to
  0.26 so the untreated Src level stays at 0.49: a narrow window, as 0.22 and 0.28 each turn one case (MK-2206's
  FOXO3a rise, and the PTEN-null gefitinib + AG1024 proliferation case), so the value is set by the untreated Src
  level, not measured. The cases hold for half-formation at 0.6–0.7 and Hill 3–4 (Hill 2 turns the PTEN-null case).
- S473 priming T308 (Sarbassov 2005; García-Martínez 2009): PDK1 makes T308 in two ways, on its own (weight 0.4) and,
  more readily, on AKT whose S473 site is phosphorylated (weight 0.8, half-primed at S473 0.1 with the untreated site at
  about 0.15), so about three fifths of untreated T308 leans on S473. An mTOR kinase inhibitor then lowers T308 within
  the hour, as García-Martínez 2009 and Rodrik-Outmezguine 2011 saw, before the relieved feedback raises PIP3 (T308
  ends up 1.5 × the untreated level, not 2 ×). The acute AZD8055 T308 case turns when the S473-dependent share is about
  half or more (weight 0.7–0.8 with EC50 0.08–0.1); an S473-dependent weight of 0.6, or EC50 0.06, leaves it up. This
  lowered the untreated AKT level from 0.142 to 0.129. García-Martínez 2009 also saw that fibroblasts built without
  mTORC2 keep T308, so the dependence is what a drug given for hours shows, not what a cell adapted to its loss shows.
- PTEN ⊣ GRB2/SOS (Gu 1998: PTEN's protein-phosphatase action keeps Shc dephosphorylated and restrains RAS and ERK):
  weight 0.7, with GRB2/SOS → RAS re-centred (EC50 0.185) so untreated wild-type RAS stays at 0.40. Before it, ERK in
  PTEN-null cells sat at a fifth of the wild-type level (0.065 against 0.32), because PI3K's push on RAS is read from
  p110α activity, which the S6K1 → IRS1 feedback and AKT ⊣ HER3 keep low once PTEN is gone; with it PTEN-null ERK is
  0.33. No case turns at any weight from 0.2 to 0.8 (PTEN-null ERK 0.10 to 0.45), so the weight is set by that level,
  not measured. Reading PI3K's push on RAS from PIP3 instead (EC50 0.06–0.15) was tried the same day: PTEN-null ERK
  comes back too, but the rapalog ERK rise and both IGF-1R-plus-gefitinib PTEN-null cases turn (net −1 to −3).

A one-parameter scan (2 December 2026) over every edge, each changed alone (weight × 0.6, 0.8, 1.2 or 1.4; EC50
± 0.08 or 0.15; Hill 1.8 or 2.5), found two changes that win cases without losing any. Neither is in:
- IRS1 pS636 ⊣ IRS1 at 0.6–0.7 instead of 1: +1 to +2 (PTEN-null AKT under gefitinib; trastuzumab in IGF-1R-high
  cells), but the rapalog AKT rebound shrinks from +66 % to +38–45 %, against the several-fold rises in the
  literature.
- The ligand-independent HER2–HER3 complex half-formed at HER2 activity 0.65 instead of 0.5: +1 (trastuzumab in
  IGF-1R-high cells), with no biological reason found for it.

## Where the literature disagrees

${[...shared, ...project]
  .filter((c) => c.conflict)
  .map((c) => `- **${c.id}**: ${c.conflict}`)
  .join('\n')}

## Known wrong behaviour that no case tests

- **HER2 kinase inhibitors in HER2-normal cells**: tucatinib lowers proliferation by about a quarter, lapatinib and
  neratinib by about a sixth, although these drugs are given only for HER2-positive disease. In the model the
  wild-type cell's HER2 (0.34, switched on in EGF-, heregulin- and IGF-1R-driven dimers) feeds GRB2/SOS more than
  EGFR does, and a HER2 kinase inhibitor silences all of it, including the dimers where EGFR's kinase would
  phosphorylate HER2. Gating spontaneous HER2 homodimers by HER2 level (half at half the amplified level, Hill 2–3)
  was tried: tucatinib still lowers it by a fifth and one case turns. So was an engine prototype in which HER2 switched
  on in EGFR-driven dimers escapes a HER2 kinase inhibitor (EGFR's kinase phosphorylates it there), with and without
  the homodimer gate: tucatinib still lowers proliferation of HER2-normal cells by 16–25 %, loses a third of its
  effect in HER2-amplified ones, and a case turns, so neither is in.
- **mTOR kinase inhibitors and HER3**: in cells AZD8055 raises HER3 expression through FOXO once mTORC2 stops
  phosphorylating AKT S473 (Rodrik-Outmezguine 2011); in the model the relieved S6K1 → IRS1 feedback raises AKT T308
  1.5-fold (twofold before T308 leaned on S473), T308 alone carries most of AKT's activity, so FOXO leaves the nucleus
  and HER3 expression falls by 7 % (a seventh before). FOXO
  phosphorylation needs S473 (Jacinto 2006), but a FOXO edge from the S473 site would escape the ATP-competitive AKT
  inhibitors' output block; a smaller T308-only share (0.3–0.7 instead of 0.9) moves the wild-type FOXO baseline
  and loses one to six cases, so it is not in. Tried on 2 December 2026 with an engine prototype in which inhibitors
  can AND together: AKT ⊣ FOXO3a needing both AKT activity and the S473 site (so the AKT inhibitors' block still
  counts), the AKT edge re-centred to keep untreated FOXO3a at 0.69–0.79. FOXO3a still leaves the nucleus under
  AZD8055 (AKT activity doubles while S473 falls by three fifths) and HER3 expression still falls by 3–9 %, while the
  everolimus ERK case turns (and up to three more): not in. The rise of T308 through the relieved IRS1 feedback is
  what has to change first.
- **Rapalogs in wild-type cells**: at steady state rapamycin and everolimus leave the proliferation of a cell without
  a PI3K-pathway mutation unchanged (+6 %), although rapalogs are cytostatic in many such lines; they do slow PTEN-null
  (−33 %) and PIK3CA-mutant (−13 %) cells. The relieved S6K1 → IRS1 feedback raises AKT 2.4-fold, which takes p27 out
  of the nucleus and outweighs the S6 loss. Rapamycin also keeps p27 from being degraded (Nourse 1994; Luo 1996:
  cells that cannot raise p27 resist rapamycin); an mTORC1 ⊣ p27 edge (weight 0.2–0.5) was tried on 2 December 2026:
  wild-type proliferation still moves by only −3 % to +3 %, and the KRAS + PIK3CA everolimus case turns, so it is not
  in. Tried again on 3 December 2026 from S6K1 or mTORC1 (weight 0.3–0.5) with p27's basal level raised (0.6–0.8) so
  that the untreated cell keeps its p27: wild-type proliferation still rises by 1–4 % under rapamycin (p27 still falls
  by a tenth to a sixth, because the AKT rebound outweighs the stabilisation) and the KRAS + PIK3CA everolimus case
  still turns. Making HER2 activity depend more steeply on HER2 level in every dimer (EC50 0.4–0.7, Hill 2–3, for the HER2
  kinase inhibitors above) was tried the same day, with and without a more sensitive EGFR → GRB2/SOS to keep the
  untreated cell where it was: tucatinib's effect on wild-type proliferation shrinks from −27 % to −5–20 %, but two or
  three cases turn at every setting (MK-2206's FOXO3a rise and the rapamycin 4E-BP1 case among them), so it is not in.
- **AKT inhibitors downstream of AKT**: MK-2206 and capivasertib take AKT's activity to nothing in a wild-type cell,
  yet nuclear FOXO3a, p27, S6, proliferation and apoptosis move by under 10 % (MK-2206: FOXO3a +8 %, S6 −5 %,
  proliferation −8 %). The untreated cell's AKT (0.13) holds each substrate down by only about a fifth (FOXO3a sits at
  0.82 in the nucleus, TSC2 at 0.82 active), so removing AKT can lift them by a fifth at most, while the rapalog's
  2.4-fold AKT rise moves them more. Making every AKT substrate edge more sensitive (EC50 0.15–0.3 instead of 0.5),
  without re-centring, was tried on 2 December 2026: seven to nine cases turn (the rapalog 4E-BP1, eIF4E and ERK
  cases, the KRAS and PTEN-null proliferation cases among them), because the untreated mTORC1, FOXO and p27 levels
  all move; re-centring FOXO3a alone was tried before (−2). The same day the whole step was tried with every edge
  leaving TSC2, PRAS40, FOXO3a and p27 re-centred so their targets' untreated levels stay (AKT's substrate edges at
  EC50 0.15–0.35): MK-2206 then raises nuclear FOXO3a 1.6-fold and p27 1.5-fold and slows proliferation by a tenth,
  but everolimus now speeds proliferation by a tenth (its AKT rebound takes FOXO3a and p27 out of the nucleus), no
  case is won and two to five turn, so it is not in. How far a rapalog's AKT rebound reaches AKT's substrates (it
  raises S473 and T308, and FOXO phosphorylation leans on S473, Jacinto 2006) has to be settled with it.
- **Afatinib on T790M forms**: the binding constants rate it 2–4 × weaker than on wild type, so it blocks
  L858R/T790M EGFR in the model, as Li 2008 saw in cells; Regales 2009 saw no marked shrinkage in mice at tolerated
  doses, which is the project case the model misses.

## Shared public cases

${s.text}

## Project cases

${p.text}

## Mechanisms from both reviews

| mechanism | where it is in the model |
| --- | --- |
| mTORC1/S6K → IRS1 → PI3K → RAS → MAPK | S6K1 ⊣ IRS1 loop, PI3K → RAS (Carracedo 2008); rapamycin raises ERK by about 14 %. |
| FOXO → HER3 → ERK in HER2-amplified cells | FOXO → HER3 expression (FOXO-RTK loop), HER3 → GRB2/SOS (Serra 2011); the ERK rise stays under 10 % (a listed miss). |
| Heterodimer rescue scaled by IGF-1R level | Not scaled (see the audit table). |
| IGF-1R → survivin; IGF-1R → β-catenin/Snail → E-cadherin | IGF1R → SURVIVIN; IGF1R and AKT (via GSK3β) → nuclear β-catenin → Snail ⊣ E-cadherin (readout \`BCATENIN_nuclear\`). |
| Systemic insulin feedback that can reactivate tumour PI3K | Blood insulin → tumour insulin → InsR-A → IRS1 (INSULIN-SYSTEMIC loop). It raises InsR phosphorylation under PI3Kα inhibitors but does not lift PI3K itself while the drug sits on it (the lecture caption says so). |
| Liver mTORC2 / insulin resistance under chronic rapalogs | mTORC2 (liver) node, slow assembly block by the rapalog class (Lamming 2012): blood glucose rises after 24 h, not after 1 h (test). |
| GH/IGF-1 axis under IGF-1R antibodies | Pituitary IGF-1R ⊣ growth hormone → blood IGF-1 → tumour IGF-1, growth hormone ⊣ liver AKT (GH-IGF1 loop, Pollak 2008): blood IGF-1 nearly doubles and glucose rises under figitumumab, neither with the loop cut (test). |
| MET as the EGFR-TKI bypass | MET node, \`MET_amp\` mutation, \`MET_p\` readout, capmatinib and tepotinib in the library; MET drives HER3 and GRB2/SOS (Engelman 2007). Amplification multiplies production against removal (a \`gain\` of 6: more than 12 copies against the diploid 2, Cappuzzo 2009), and HER3 expression gates all of HER3's partners, so amplified MET alone keeps HER3 and AKT up under gefitinib (tests/unit/mechanisms.test.ts). The same gate on IGF-1R and InsR-A was tried and lost five cases, so those receptors keep expression inside each ligand's AND group. |
| The early (first-hour) phase that feedback later reverses | Slow edges (expression, IRS1 degradation, systemic) act through filters with their time constants, so \`acute\` shows the direct effect before FOXO-driven receptor expression, IRS1 return and blood glucose catch up. |

## The 2026 audit, item by item

| finding | status |
| --- | --- |
| EAI045 alone blocked triple-mutant EGFR completely | Fixed by class: allosteric EGFR inhibitors need a dimer-blocking antibody (\`needsDimerBlock\`, Jia 2016). Alone it now lowers EGFR phosphorylation by about 4 %; with cetuximab by over 80 % (tests/unit/mechanisms.test.ts). |
| Osimertinib hit wild-type EGFR as hard as the mutants | Fixed from data: cellular EGFR-phosphorylation potencies on wild type (1865 nM, NCI-H2073) and L858R (54 nM, NCI-H3255) from Cross 2014, read in CIViC evidence item 4294, beside the H1975 L858R/T790M value (15 nM); the exon 19 deletion takes the L858R value (\`potencyAnalogue\`, a rule for any drug measured on only one sensitising mutation). At “high” (450 nM) it blocks the mutant forms and lowers wild-type EGFR phosphorylation by about a sixth (tests/unit/engine.test.ts). |
| Trametinib raised MEK phosphorylation like selumetinib | Fixed by class (\`mek-inhibitor-raf-blocking\`, Gilmartin 2011): trametinib lowers MEK phosphorylation, selumetinib raises it (test). |
| Rapalogs did not raise ERK; PI3K inhibition in HER2-amplified cells did not raise ERK | Partly fixed: PI3K → RAS (Carracedo 2008) and HER3 → GRB2/SOS (Serra 2011) are in; rapamycin now raises ERK by about 14 %. NVP-BEZ235 in HER2-amplified cells still lowers ERK slightly (see the MAPK misses above). |
| The IGF-1R/EGFR heterodimer rescue fired in any context within the hour | Open: a steeper dependence on IGF-1R level was tried and cost four cases while IGF-1R phosphorylation still rose in wild-type cells through FOXO-driven IGF-1R expression and GRB10 relief; the rescue edge stays as it was. |
| GDC-0980 and XL765 were PI3Kα-only | Open: no β, γ or δ value for either was found in the seed review or any stored source. |
| Rapamycin's potency was a binding Kd | Fixed: the cellular value (0.1 nM, S6K1 phosphorylation, HEK293) drives the doses; 1 nM now removes S6K1 pT389. The Kd stays in the note. |
| T790M and C797S were single global folds | Fixed where data exist: erlotinib, gefitinib and afatinib carry binding-constant ratios per EGFR form (LINCS); the sensitising mutations' ATP-affinity gain is kept as a separate rule that T790M cancels; the two-log binding rule now applies only to reversible first-generation TKIs without data. C797S stays a two-log rule for covalent drugs (no data). |
| Three references did not support their edges | Fixed: ERK ⊣ GRB2/SOS cites Corbalan-Garcia 1996; EGFR → PI3K is labelled as going through GAB1 (Mattoon 2004, Soltoff 1994, Engelman 2005) and is weak, with EGFR → HER3 carrying most of it; AKT → Snail cites Zhou 2004 (GSK-3β) and ERK → Snail Grotegut 2006. |
| Six drug notes contradicted the value beside them | Fixed (dasatinib, cetuximab, trastuzumab, icotinib, tucatinib, GSK1904529A, and dacomitinib and T-DM1 found by the new test); tests/unit/drug-notes.test.ts fails on any such note. |
| Approval rows carried the review's errors | Fixed: each keeps the printed row and carries a \`correction\` with the confirmed fact. |
| Mechanism labels (PTEN, TSC2, eIF4E → survivin) | Fixed: dephosphorylation, GAP, translation. |
| Doses broke the contract (erlotinib low 10 × IC50; capivasertib low biochemical) | Fixed: erlotinib simulates on its cellular 20 nM; capivasertib on its cellular 0.5 µM substrate potency with a 3 µM high dose. |

## How the cases are read

- \`acute\` is one hour after the drug is added to the untreated steady state; \`sustained\` is the new steady state.
- Drugs whose potency has not been confirmed from a source are given at the contract's relative doses
  (low = at the IC50, high = 30 × IC50, near-complete block of every listed target).
- Parameters come from the biology (each weight, EC50 and Hill coefficient in \`data/pathway.json\` with its
  references), and drug behaviour from the drug's class (\`data/drug-classes.json\`) and its potencies; no case is
  special-cased, and a renamed copy of a drug behaves exactly as the original (tests/unit/mechanisms.test.ts).
- A handful of global settings (the default Hill coefficient, how cooperative adaptor recruitment and the MAPK
  cascade are, the strength of the ERK feedbacks, receptor and PIP3 turnover, ligand tone, GPCR drive of p110β, how
  much HER3 expression limits its partners) were chosen by a coarse search over biologically plausible ranges,
  scored on all cases together with a few textbook magnitudes (erlotinib in EGFR-mutant cells, lapatinib in
  HER2-amplified cells, the rapalog AKT rebound). No setting belongs to one case; the larger unseen set is the judge.
`;
writeFileSync('docs/model-validation.md', out);
console.log(
  `docs/model-validation.md: shared ${s.agree}/${shared.length}, project ${p.agree}/${project.length}`,
);
