import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  buildClusters,
  CLUSTER_DEFAULTS,
  clustersPath,
  encodeClusters,
  setClusters,
} from '../analyze/entities/recogniser/clusters.ts';
import {
  type AnnotatedSentence,
  CORPORA,
  readCorpus,
  reservedSentences,
} from '../analyze/entities/recogniser/corpus.ts';
import { resetWordInfos } from '../analyze/entities/recogniser/features.ts';
import { decodeModel, encodeModel, modelPath } from '../analyze/entities/recogniser/model.ts';
import {
  type Example,
  evaluate,
  fitTemperature,
  TYPES,
  type TypeScore,
  toExamples,
  tokenTexts,
  trainPerceptron,
} from '../analyze/entities/recogniser/train.ts';
import { MODEL_VERSION } from '../analyze/entities/recogniser/version.ts';
import type { EntityType } from '../analyze/types.ts';
import { LANGUAGES, type Language, SITE_LANGUAGES } from '../domain/languages.ts';
import { RESOURCES_DIR } from '../paths.ts';
import { UserError } from './errors.ts';

/**
 * The languages whose shipped models use word clusters: English gained on all its corpora; Kazakh and
 * Russian lost on KazNERD and factRuEval (resources/models/README.md).
 */
const CLUSTERED: readonly Language[] = ['en'];

const trainOptions = z.object({
  lang: z.enum([...LANGUAGES, 'all']),
  corpora: z.string(),
  out: z.string(),
  epochs: z.coerce.number().int().min(1).max(50),
  runs: z.coerce.number().int().min(1).max(10),
  seed: z.coerce.number().int().min(0),
  bits: z.coerce.number().int().min(12).max(22),
  fold: z.coerce.number().int().min(2).max(100),
  clusters: z.enum(['on', 'off', 'auto']),
  dropout: z.coerce.number().min(0).max(0.9),
});

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description(
      'Train the entity recogniser of each language on the annotated corpora; every K-th sentence of each corpus is held out and scored',
    )
    .option(`--lang <${SITE_LANGUAGES.join('|')}|all>`, 'language to train', 'all')
    .option('--corpora <dir>', 'folder of the corpora (kk-kaznerd, ru-factrueval2016, …)', '../shared/corpora/ner')
    .option('--out <dir>', 'models folder (writes <lang>/recogniser.bin.gz)', join(RESOURCES_DIR, 'models'))
    .option('--epochs <n>', 'passes over the training sentences', '20')
    .option('--runs <n>', 'perceptrons trained in different seeded orders and averaged into one', '3')
    .option('--seed <n>', 'shuffling seed', '20261202')
    .option('--bits <n>', 'log2 of the number of feature buckets', '19')
    .option(
      '--fold <K>',
      'hold out sentences whose index is a multiple of K (ner_score.py --sample K scores them)',
      '5',
    )
    .option('--dropout <p>', "probability that a training token's own word and stem features are hidden", '0')
    .option(
      '--clusters <on|off|auto>',
      `word clusters learnt from the training sentences as features (auto: only ${CLUSTERED.join(', ')})`,
      'auto',
    )
    .action((raw: Record<string, unknown>) => {
      // Validated here rather than with options.ts, which would load the whole analysis and ingest code.
      const parsed = trainOptions.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UserError(`--${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}`);
      }
      const o = parsed.data;
      const langs: readonly Language[] = o.lang === 'all' ? SITE_LANGUAGES : [o.lang];
      for (const lang of langs) trainLanguage(lang, o);
    });
}

function trainLanguage(lang: Language, o: z.infer<typeof trainOptions>): void {
  const t0 = performance.now();
  const train: Example[] = [];
  const held = new Map<string, Example[]>();
  const annotated = new Map<string, Set<EntityType>>();
  const seen = new Set<string>();
  const corpora = CORPORA[lang].map((name) => {
    const dir = resolve(o.corpora, name);
    const reserved = reservedSentences(dir);
    const sentences = readCorpus(dir);
    const training = sentences.filter((s) => s.index % o.fold !== 0 && !reserved.has(s.index));
    return { name, sentences, training };
  });
  // Word clusters from the text of the training sentences only (never the held-out fold), before any features.
  const clusterFile = clustersPath(lang, o.out);
  let clusterBytes: Buffer | undefined;
  if (o.clusters === 'on' || (o.clusters === 'auto' && CLUSTERED.includes(lang))) {
    const table = buildClusters(
      tokenTexts(
        corpora.flatMap((c): AnnotatedSentence[] => c.training),
        lang,
      ),
      CLUSTER_DEFAULTS,
    );
    setClusters(lang, table);
    clusterBytes = encodeClusters(table);
    process.stdout.write(`${lang}: ${table.hashes.length} words clustered\n`);
  } else setClusters(lang, null);
  resetWordInfos(lang);
  for (const { name, sentences, training } of corpora) {
    // Only the types a corpus annotates are learnt from it; others stay O there.
    const fold = toExamples(
      sentences.filter((s) => s.index % o.fold === 0),
      lang,
      TYPES,
    );
    train.push(...toExamples(training, lang, TYPES));
    held.set(name, fold);
    const types = new Set(sentences.flatMap((s) => s.names.map((n) => n.type)));
    annotated.set(name, types);
    for (const t of types) seen.add(t);
    process.stdout.write(`${lang} ${name}: ${sentences.length} sentences, ${fold.length} held out\n`);
  }
  const types = TYPES.filter((t) => seen.has(t));
  // Labels were assigned with the full type list; re-index them to the types this language has.
  for (const ex of [...train, ...[...held.values()].flat()]) {
    for (let i = 0; i < ex.gold.length; i++) {
      const g = ex.gold[i] as number;
      if (g === 0) continue;
      const k = types.indexOf(TYPES[(g - 1) >> 1] as (typeof TYPES)[number]);
      ex.gold[i] = k < 0 ? 0 : (g % 2 === 1 ? 1 : 2) + 2 * k;
    }
  }
  const trained = trainPerceptron(train, {
    lang,
    types,
    bits: o.bits,
    epochs: o.epochs,
    seed: o.seed,
    runs: o.runs,
    dropout: o.dropout,
    version: MODEL_VERSION,
    onEpoch: (e, m, seed) =>
      process.stdout.write(`  seed ${seed} epoch ${e}: ${m} of ${train.length} sentences wrong\n`),
  });
  const all = [...held.values()].flat();
  const temperature = fitTemperature(trained, all);
  const bytes = encodeModel({ ...trained.header, temperature }, trained.weights);
  // Scores are of the stored (quantised) weights, the model `extract` will use.
  const model = decodeModel(bytes);
  const path = modelPath(lang, o.out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  if (clusterBytes) writeFileSync(clusterFile, clusterBytes);
  else rmSync(clusterFile, { force: true });
  process.stdout.write(
    `${lang}: ${train.length} training sentences, ${types.join(' ')}, temperature ${temperature}, ${(bytes.length / 1e6).toFixed(2)} MB → ${path} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  const report: Record<string, TypeScore[]> = {};
  for (const [name, exs] of held) {
    report[name] = evaluate(model, exs, annotated.get(name) ?? new Set());
    process.stdout.write(`  held out ${name} (every ${o.fold}th sentence, exact spans):\n`);
    for (const r of report[name]) {
      process.stdout.write(
        `    ${r.type.padEnd(9)} gold ${String(r.gold).padStart(5)}  P ${pct(r.p)}  R ${pct(r.r)}  F1 ${pct(r.f1)}\n`,
      );
    }
  }
  const meta = {
    version: MODEL_VERSION,
    lang,
    corpora: CORPORA[lang],
    seed: o.seed,
    epochs: o.epochs,
    runs: o.runs,
    dropout: o.dropout,
    bits: o.bits,
    fold: o.fold,
    clusters: clusterBytes
      ? {
          ...CLUSTER_DEFAULTS,
          bytes: clusterBytes.length,
          sha256: createHash('sha256').update(clusterBytes).digest('hex'),
        }
      : null,
    trainingSentences: train.length,
    temperature,
    bytes: bytes.length,
    heldOut: report,
  };
  writeFileSync(join(dirname(path), 'training.json'), `${JSON.stringify(meta, roundScores, 1)}\n`);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const roundScores = (k: string, v: unknown) =>
  typeof v === 'number' && ['p', 'r', 'f1'].includes(k) ? Number((100 * v).toFixed(1)) : v;
