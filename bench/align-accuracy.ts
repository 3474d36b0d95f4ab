// Bead precision / recall / F1 (exact bead match) of alignUnits on the gold set in
// bench/align-gold/, per pair and overall (MT vs literary); then the same on perturbed copies
// of the gold pairs, and how checkTranslationPair treats real and mismatched pairs.
// Run: npx tsx bench/align-accuracy.ts [--verbose]
import { alignUnits, type Bead } from "../lib/align/align-units";
import { checkTranslationPair, measurePairAgreement } from "../lib/align/check-pair";
import { isLowConfidence } from "../lib/align/low-confidence";
import { type BeadScore, scoreBeads, summarizeCounts } from "../lib/align/score-beads";
import { type GoldKind, type GoldPair, loadGoldSet } from "./align-gold/read-gold";
import { generateLongSet, loadLongGold } from "./align-long";
import { generatePerturbedSet } from "./align-perturb";
import { findHunalign, runHunalign } from "./run-hunalign";

const verbose = process.argv.includes("--verbose");
const format = (x: number) => x.toFixed(3);

// lag: how far (target sentences) the path strays from the gold path at worst
type Row = { id: string; kind: GoldKind; langs: string; score: BeadScore; flags: FlagCounts; lag: number };
// the editor flags a bead below LOW_CONFIDENCE: how many, and how many of them (and of all wrong beads) are wrong
type FlagCounts = { beads: number; flagged: number; wrong: number; wrongFlagged: number };
type Aligner = (pair: GoldPair) => Bead[];

const ours: Aligner = (pair) => alignUnits(pair.src, pair.tgt, { srcLang: pair.srcLang, tgtLang: pair.tgtLang });

function evaluate(pairs: GoldPair[], align: Aligner = ours): Row[] {
  return pairs.map((pair) => {
    const beads = align(pair);
    if (verbose && align === ours) printErrors(pair, beads);
    return {
      id: pair.id,
      kind: pair.kind,
      langs: `${pair.srcLang}-${pair.tgtLang}`,
      score: scoreBeads(beads, pair.gold),
      flags: countFlags(beads, pair.gold),
      lag: measureLag(beads, pair.gold, pair.src.length),
    };
  });
}

function countFlags(beads: Bead[], gold: Bead[]): FlagCounts {
  const key = (b: Bead) => `${b.src.join(",")}|${b.tgt.join(",")}`;
  const goldKeys = new Set(gold.map(key));
  const counts = { beads: beads.length, flagged: 0, wrong: 0, wrongFlagged: 0 };
  for (const bead of beads) {
    const flagged = isLowConfidence(bead.confidence);
    const wrong = !goldKeys.has(key(bead));
    if (flagged) counts.flagged++;
    if (wrong) counts.wrong++;
    if (flagged && wrong) counts.wrongFlagged++;
  }
  return counts;
}

// Largest distance between the target position where the bead of source unit i starts, ours vs gold.
function measureLag(beads: Bead[], gold: Bead[], n: number): number {
  const startOf = (path: Bead[]) => {
    const at = new Int32Array(n);
    let j = 0;
    for (const bead of path) {
      for (const i of bead.src) at[i] = j;
      j += bead.tgt.length;
    }
    return at;
  };
  const ours = startOf(beads);
  const truth = startOf(gold);
  let worst = 0;
  for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(ours[i] - truth[i]));
  return worst;
}

const share = (a: number, b: number) => (b === 0 ? "n/a" : `${Math.round((100 * a) / b)}%`);

function printFlags(rows: Row[], label: string) {
  const sum = (field: keyof FlagCounts) => rows.reduce((total, row) => total + row.flags[field], 0);
  console.log(
    `${label} low-confidence flags: ${sum("flagged")} of ${sum("beads")} beads (${share(sum("flagged"), sum("beads"))}); ${share(sum("wrongFlagged"), sum("flagged"))} of them wrong; they catch ${sum("wrongFlagged")} of the ${sum("wrong")} wrong beads (${share(sum("wrongFlagged"), sum("wrong"))})`,
  );
}

function printTotals(rows: Row[], label: string) {
  for (const kind of ["mt", "literary", "all"] as const) {
    const subset = rows.filter((row) => kind === "all" || row.kind === kind);
    const total = summarizeCounts(
      subset.reduce((sum, row) => sum + row.score.correct, 0),
      subset.reduce((sum, row) => sum + row.score.predicted, 0),
      subset.reduce((sum, row) => sum + row.score.gold, 0),
    );
    console.log(
      [`${label} ${kind}`, "", "", total.gold, format(total.precision), format(total.recall), format(total.f1)].join(
        "\t",
      ),
    );
  }
}

function printErrors(pair: GoldPair, beads: Bead[]) {
  const key = (b: Bead) => `${b.src.join(",")}|${b.tgt.join(",")}`;
  const goldKeys = new Set(pair.gold.map(key));
  const predictedKeys = new Set(beads.map(key));
  const show = (b: Bead) =>
    `[${b.src.join(",")}]-[${b.tgt.join(",")}] ${b.src.map((i) => pair.src[i].slice(0, 60)).join(" / ")} || ${b.tgt
      .map((j) => pair.tgt[j].slice(0, 60))
      .join(" / ")}`;
  for (const b of beads) if (!goldKeys.has(key(b))) console.log(`  ${pair.id} wrong (conf ${b.confidence}) ${show(b)}`);
  for (const b of pair.gold) if (!predictedKeys.has(key(b))) console.log(`  ${pair.id} missed ${show(b)}`);
}

const gold = loadGoldSet();
const rows = evaluate(gold);
console.log(["pair", "kind", "langs", "beads", "P", "R", "F1"].join("\t"));
for (const { id, kind, langs, score } of rows) {
  console.log(
    [id, kind, langs, score.gold, format(score.precision), format(score.recall), format(score.f1)].join("\t"),
  );
}
printTotals(rows, "ALL");
printTotals(
  rows.filter((row) => gold.find((pair) => pair.id === row.id)?.heldOut),
  "HELD-OUT",
);

// Perturbed copies: the gold pairs with extra random drops, insertions, merges, splits and
// moved boundaries (bench/align-perturb.ts); the tuning set of bench/align-tune.ts.
console.log("");
const perturbed = generatePerturbedSet(gold, 5, 20240601);
const perturbedRows = evaluate(perturbed);
printTotals(perturbedRows, "PERTURBED");
console.log("");
printFlags(rows, "ALL");
printFlags(perturbedRows, "PERTURBED");

// Long documents: every pair of one kind and language, and its perturbed copies, joined end to end as the
// chapters of a book: the search runs in a band over hundreds of sentences instead of the whole lattice.
console.log("");
const long = concatenateByLanguage([...gold, ...perturbed]);
printTotals(evaluate(long), "LONG");

// Books and reports of thousands of sentences (bench/align-long.ts): omitted and added passages, refrains,
// lowercased tokenised English, targets outside the lexicon; languages guessed as `npm run align` does.
// Tuning documents come from the tuning gold pairs, held-out ones from the held-out pairs and other seeds;
// the hand-made long gold (bench/align-long-gold/) is printed apart, its held-out files apart again.
const guessed: Aligner = (pair) => alignUnits(pair.src, pair.tgt, {});
const books = [...generateLongSet(gold, "tuning"), ...generateLongSet(gold, "held-out")];
const handLong = loadLongGold();
const longRows = [...evaluate(books, guessed), ...evaluate(handLong, guessed)];
const longGroups: Array<[string, GoldPair[]]> = [
  ["BOOKS tuning", books.filter((pair) => !pair.heldOut)],
  ["BOOKS held-out", books.filter((pair) => pair.heldOut)],
  ["LONG-GOLD tuning", handLong.filter((pair) => !pair.heldOut)],
  ["LONG-GOLD held-out", handLong.filter((pair) => pair.heldOut)],
];
console.log("\nlong documents (languages guessed):");
console.log(["set", "doc", "src/tgt", "beads", "P", "R", "F1", "max lag", "flagged", "caught"].join("\t"));
for (const [label, pairs] of longGroups) {
  for (const pair of pairs) {
    const row = longRows.find((r) => r.id === pair.id) as Row;
    console.log(
      [
        label,
        pair.id,
        `${pair.src.length}/${pair.tgt.length}`,
        row.score.gold,
        format(row.score.precision),
        format(row.score.recall),
        format(row.score.f1),
        row.lag,
        share(row.flags.flagged, row.flags.beads),
        share(row.flags.wrongFlagged, row.flags.wrong),
      ].join("\t"),
    );
  }
  if (pairs.length === 0) console.log(`${label}\t(none yet)`);
}
for (const [label, pairs] of longGroups) {
  const rowsOf = longRows.filter((row) => pairs.some((pair) => pair.id === row.id));
  if (rowsOf.length > 0) printFlags(rowsOf, label);
}

// What the core bilingual lexicon brings: the same aligner without it (and with the parameters tuned without it).
const withoutLexicon: Aligner = (pair) =>
  alignUnits(pair.src, pair.tgt, { srcLang: pair.srcLang, tgtLang: pair.tgtLang, useLexicon: false });
console.log("\nwithout the core lexicon, same sets:");
printTotals(evaluate(gold, withoutLexicon), "ALL");
printTotals(
  evaluate(
    gold.filter((pair) => pair.heldOut),
    withoutLexicon,
  ),
  "HELD-OUT",
);
printTotals(evaluate(perturbed, withoutLexicon), "PERTURBED");
printTotals(evaluate(long, withoutLexicon), "LONG");

// The reference aligner on the same sets, with an empty dictionary as we use none.
const hunalign = findHunalign();
if (hunalign === null) console.log("\nhunalign: not installed, no comparison");
for (const extra of hunalign === null ? [] : [[], ["-realign"]]) {
  const label = ["hunalign", ...extra].join(" ");
  const run: Aligner = (pair) => runHunalign(hunalign as string, pair.src, pair.tgt, extra).beads;
  console.log(`\n${label}, same sets:`);
  printTotals(evaluate(gold, run), "ALL");
  printTotals(evaluate(perturbed, run), "PERTURBED");
  printTotals(evaluate(long, run), "LONG");
  for (const [setLabel, pairs] of longGroups) {
    for (const pair of pairs) {
      const [row] = evaluate([pair], run);
      console.log(
        [
          setLabel,
          pair.id,
          "",
          row.score.gold,
          format(row.score.precision),
          format(row.score.recall),
          format(row.score.f1),
          row.lag,
        ].join("\t"),
      );
    }
  }
}

function concatenateByLanguage(pairs: GoldPair[]): GoldPair[] {
  const byLanguage = new Map<string, GoldPair[]>();
  for (const pair of pairs) {
    const key = `${pair.kind} ${pair.tgtLang}`;
    byLanguage.set(key, [...(byLanguage.get(key) ?? []), pair]);
  }
  return [...byLanguage].map(([key, group]) => {
    const joined: GoldPair = { ...group[0], id: `long ${key}`, src: [], tgt: [], gold: [] };
    for (const pair of group) {
      const srcOffset = joined.src.length;
      const tgtOffset = joined.tgt.length;
      joined.src.push(...pair.src);
      joined.tgt.push(...pair.tgt);
      for (const bead of pair.gold) {
        joined.gold.push({
          src: bead.src.map((i) => i + srcOffset),
          tgt: bead.tgt.map((j) => j + tgtOffset),
          confidence: 1,
        });
      }
    }
    if (verbose) console.log(`  ${joined.id}: ${joined.src.length} / ${joined.tgt.length} sentences`);
    return joined;
  });
}

// Mismatch detection: every real pair must pass, every cross pairing must be refused.
let realAccepted = 0;
let fakeRefused = 0;
let fakes = 0;
let lowestReal = Number.POSITIVE_INFINITY;
let highestFake = 0;
for (const a of gold) {
  for (const b of gold) {
    const languages = { srcLang: a.srcLang, tgtLang: b.tgtLang };
    const beads = alignUnits(a.src, b.tgt, languages);
    const ok = checkTranslationPair(a.src, b.tgt, beads, languages).ok;
    const agreement = measurePairAgreement(a.src, b.tgt, beads, languages).anchorAgreement;
    if (a === b) {
      realAccepted += ok ? 1 : 0;
      lowestReal = Math.min(lowestReal, agreement);
    } else {
      fakes++;
      fakeRefused += ok ? 0 : 1;
      highestFake = Math.max(highestFake, agreement);
    }
  }
}
console.log("");
console.log(
  `checkTranslationPair: ${realAccepted}/${gold.length} real pairs accepted, ${fakeRefused}/${fakes} mismatched pairs refused (anchor agreement: real >= ${format(lowestReal)}, mismatched <= ${format(highestFake)})`,
);
