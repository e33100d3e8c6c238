// Other names a drug target goes by in third-party networks: HGNC gene symbols, common protein names and UniProt
// accessions (human), so a node called "ERBB2" or annotated P04626 is what HER2 drugs hit.

/** Drug target id (the bundled library's) → the names and human UniProt accessions that stand for it. */
export const TARGET_ALIASES: Readonly<Record<string, readonly string[]>> = {
  EGFR: ['EGFR', 'ERBB1', 'HER1', 'P00533'],
  HER2: ['ERBB2', 'HER2', 'NEU', 'P04626'],
  HER3: ['ERBB3', 'HER3', 'P21860'],
  IGF1R: ['IGF1R', 'P08069'],
  INSR: ['INSR', 'P06213'],
  IGF1: ['IGF1', 'P05019'],
  IGF2: ['IGF2', 'P01344'],
  AKT: ['AKT', 'AKT1', 'AKT2', 'AKT3', 'PKB', 'P31749', 'P31751', 'Q9Y243'],
  MEK: ['MEK', 'MEK1', 'MEK2', 'MEK1_2', 'MAP2K1', 'MAP2K2', 'Q02750', 'P36507'],
  PI3K: ['PI3K', 'PIK3CA', 'PIK3CB', 'PIK3CD', 'P42336', 'P42338', 'O00329'],
  // A node that is mTOR itself stands for its rapamycin-sensitive complex, as in most logic models.
  MTORC1: ['MTOR', 'MTORC1', 'FRAP1', 'P42345'],
  MTORC2: ['MTORC2', 'RICTOR', 'Q6R327'],
  MET: ['MET', 'HGFR', 'P08581'],
  SRC: ['SRC', 'P12931'],
  S6K1: ['S6K1', 'S6K', 'P70S6K', 'RPS6KB1', 'P23443'],
  DNAPK: ['DNAPK', 'PRKDC', 'P78527'],
};

const UNIPROT = /\b(?:[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9][A-Z][A-Z0-9]{2}[0-9])\b/g;

/** UniProt accessions named in a text (a node's notes, an annotation URI). */
export function uniprotIds(text: string): string[] {
  return [...new Set(text.match(UNIPROT) ?? [])];
}
