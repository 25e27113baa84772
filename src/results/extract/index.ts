/**
 * Extraction of a whole paper: title and abstract, sentence by sentence, then the paper-level
 * fallbacks (a device or benchmark the abstract names once applies to claims that name none).
 * Pure, deterministic and offline: the same text always gives the same claims.
 */
import { BUILT_IN, type Dictionaries } from '../dictionaries/load.ts';
import { QUALITY_METRICS, type Claim, type Extraction } from '../types.ts';
import { findArtifacts } from './artifacts.ts';
import { TASK_BENCHMARKS } from '../dictionaries/benchmarks.ts';
import { sentenceBaseline } from './baseline.ts';
import { normalize, REWRITES_UNITS } from './normalize.ts';
import { PREDICTION_NAMES, PREDICTION_SCORE, sentenceClaims, type SentenceFacts, type Span } from './claims.ts';
import { BASELINE_CARRIES, tidyName } from './claim-baseline.ts';
import { asicForm, sentenceDevices, sentenceClasses } from './devices.ts';
import type { EntityHit } from './entities.ts';
import { AGENT_BENCHMARKS, AGENT_TITLE, AGENTIC, agentWords, CODE_TASK_TITLE, QUALITY_TOPIC_WORDS, STRONG_SYSTEMS, SYSTEMS_CONTEXT } from './cues.ts';
import { MAY_HOLD_SCORE } from './scores.ts';
import { MAY_HOLD_UNIT, MAY_HOLD_WORD_RATIO } from './quantities.ts';
import { matcherFor, PLATFORM_SUFFIXES } from './entities.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { readUnclaimed, type ReaderModel } from './learned-reader.ts';
import { listMates } from './list-mates.ts';
import { fillSuiteNames, SEVERAL_SETS } from './suite-names.ts';

// A number with a unit after it (quantities.ts), a score's name (scores.ts) or a ratio in words, read
// as the sentence rules read them (normalized, where normalizing could change them): a paper without
// any has no claims, and most abstracts are skipped after this scan (it keeps extraction cheap at import).
function mayHoldClaims(raw: string): boolean {
  const t = REWRITES_UNITS.test(raw) ? normalize(raw).text : raw;
  return MAY_HOLD_UNIT.test(t) || MAY_HOLD_SCORE.test(t) || MAY_HOLD_WORD_RATIO.test(t);
}

/**
 * Claims and artifacts of one paper. `reader`, an experiment (learned-reader.ts), also reads the
 * numbers no rule claimed; the extractor runs without it.
 */
export function extractPaper(title: string, abstract: string, dictionaries: Dictionaries = BUILT_IN, reader: ReaderModel | null = null): Extraction {
  const { claims, artifacts } = readPaper(title, abstract, dictionaries, reader);
  return { claims, artifacts };
}

/** What the rules read: the extraction, and the numbers they read as no result (null when the prescan skipped the paper). */
export interface RuleReading extends Extraction { rejected: Span[] | null }

/** extractPaper, with what the second reader is trained on besides the claims. */
export function readPaper(title: string, abstract: string, dictionaries: Dictionaries = BUILT_IN, reader: ReaderModel | null = null): RuleReading {
  if (![title, abstract].some(mayHoldClaims)) {
    return { claims: [], artifacts: findArtifacts(`${title}\n${abstract}`, []), rejected: null };
  }
  const matcher = matcherFor(dictionaries);
  // One passing word ("overhead", "inference") does not make an ML abstract a systems one: the title,
  // a hardware word, or two different weaker ones do.
  const systems = SYSTEMS_CONTEXT.test(title) || STRONG_SYSTEMS.test(abstract) || systemsWords(abstract) >= 2;
  // A bare percentage gain needs more: an ML abstract that runs on a GPU still talks mostly about
  // models, tasks and benchmarks, and its "6.2% improvement" is a score (a ratio stays a speed).
  let percentOnce: boolean | undefined;
  const percentSystems = () => (percentOnce ??= systems && balance(`${title} ${abstract}`));
  let agenticOnce: boolean | undefined;
  // (In the abstract, an agent benchmark or two different agent words: a vision or math paper that lets a model call a tool
  // once, "tool-augmented", is not about agents.)
  const agentic = () => (agenticOnce ??= AGENTIC.test(title) || AGENT_TITLE.test(title) || CODE_TASK_TITLE.test(title) || AGENT_BENCHMARKS.test(abstract) || agentWords(abstract) >= 2);
  let evaluationOnce: boolean | undefined;
  const evaluation = () => (evaluationOnce ??= EVALUATION_TITLE.test(title) || EVALUATION_ABSTRACT.test(abstract));
  const facts: SentenceFacts[] = [];
  const plain: Sentence[] = [];
  // The abstract's sentences, scanned (with the benchmarks they name) or not, for the benchmark of the evaluation.
  const abstractFacts: SentenceFacts[] = [];
  const abstractPlain: Sentence[] = [];
  for (const [source, text] of [['title', title], ['abstract', abstract]] as const) {
    let previous: Sentence | null = null;
    for (const s of splitSentences(text)) {
      const f = sentenceClaims(s, { matcher, systems, percentSystems, agentic, evaluation, source });
      if (f.scanned) facts.push(f);
      else plain.push(s);
      if (source === 'abstract' && f.scanned) abstractFacts.push(f);
      else if (source === 'abstract') abstractPlain.push(s);
      if (previous && f.claims.length) carryBaseline(f.claims, previous);
      previous = f.claims.length ? null : s;
    }
  }
  const claims = facts.flatMap((f) => f.claims);
  for (const c of claims) if (c.baseline) c.baseline = tidyName(c.baseline);
  // The numbers the rules read as no result stay so; the reader reads only those they found no metric for.
  const rejected = facts.flatMap((f) => f.rejected);
  // A number listed with a claim in its unit is another item of the same measure (list-mates.ts).
  if (claims.length) for (const c of listMates(title, abstract, claims, facts.flatMap((f) => f.left), (t) => matcher.benchmarks(t))) claims.splice(textOrderIndex(claims, c), 0, c);
  if (reader) for (const c of readUnclaimed(title, abstract, claims, reader, rejected)) claims.splice(textOrderIndex(claims, c), 0, c);
  // Sentences without numbers are read only when a claim still lacks its device (the common case
  // of no claims at all costs nothing more).
  if (claims.some((c) => !c.hardware || CLASS_NAMES.has(c.hardware))) {
    const devices = facts.flatMap((f) => f.hardware).concat(plain.flatMap((s) => sentenceDevices(s, matcher)));
    const classes = facts.flatMap((f) => f.classes).concat(plain.flatMap((s) => sentenceClasses(s, matcher)));
    const ownChip = new Set(facts.flatMap((f) => [...f.ownChip]));
    // A simulated design ran on no device the paper names elsewhere (labels, rule 4): only a claim's own sentence gives one.
    // (A driving simulator or the RTL simulation an emulator is compared with is not the paper's design simulated.)
    if (!simulated(abstract)) fillFromPaper(claims, devices, titleClasses(title, matcher), classes, designedKinds(title, matcher), { ownChip, compounds: classCompounds(abstract).concat(ownImplementations(abstract)), titleDevices: matcher.hardware(title), fpgaCad: fpgaCad(title) });
  }
  if (titleTaskSuite(title, matcher)) scoresOnTitleSuite(claims);
  if (claims.some((c) => !c.benchmark && QUALITY_METRICS.has(c.metric))) onlyBenchmark(claims, title, abstract, abstractFacts, abstractPlain, matcher);
  fillSuiteNames(claims, title, abstract, (t) => matcher.benchmarks(t));
  const benchmarks = [...new Set(facts.flatMap((f) => f.benchmarks.map((b) => b.name)))];
  return { claims, artifacts: findArtifacts(`${title}\n${abstract}`, benchmarks), rejected };
}

/** Where a claim goes among others kept in title, then abstract, order (the rules' own order left as it is). */
function textOrderIndex(claims: Claim[], c: Claim): number {
  const after = claims.findIndex((o) => (o.source === c.source && o.valueStart > c.valueStart) || (c.source === 'title' && o.source === 'abstract'));
  return after < 0 ? claims.length : after;
}

// "BrowseComp-Plus: A More Fair ... Benchmark", "Scaffold Effects on GAIA", "Search ... for ARC-AGI-2": a title whose subject is
// a benchmark of tasks, named before its colon or after "on" or "for" ("Habitat Classification from ..." names none).
function titleTaskSuite(title: string, matcher: ReturnType<typeof matcherFor>): boolean {
  const hits = matcher.benchmarks(title);
  return hits.length > 0 && hits.every((h) => TASK_BENCHMARKS.has(h.name)
    && ((h.start === 0 && /^\s?:/.test(title.slice(h.end))) || /\b(?:on|for)\s$/i.test(title.slice(0, h.start))));
}

// ("an average branch coverage of 99%": a coverage or a prediction's score named before the number.)
const SCORE_NAMED_BEFORE = new RegExp(String.raw`\b(?:${PREDICTION_NAMES}|coverage)\b[^,;]*$`, 'i');

/**
 * In a paper about a benchmark of tasks, a score no sentence names a benchmark for is one on it: a pass rate ("the GPT-5
 * achieves 55.9%", "accuracy rates below 10%"; labels, rules 1, 22 and 41), unless an F1, an IoU or a coverage names it.
 */
function scoresOnTitleSuite(claims: Claim[]): void {
  for (const c of claims) {
    if (c.metric !== 'accuracy' || c.benchmark) continue;
    const at = c.valueStart - c.spanStart;
    if (!PREDICTION_SCORE.test(c.span.slice(c.valueEnd - c.spanStart, c.valueEnd - c.spanStart + 40)) && !SCORE_NAMED_BEFORE.test(c.span.slice(Math.max(0, at - 40), at))) c.metric = 'correctness';
  }
}

// Scores carry a benchmark named elsewhere; speeds and sizes are of the system, not of a dataset (labels, rule 22).
// "Experiments on the MNIST dataset", "evaluated on SWE-bench Verified": the name is that of the evaluation's data.
// (Not "test-time": "test-time alignment methods" is when a method runs.)
const EVALUATED_ON = /\b(?:evaluat\w*|experiments?|experimental|test(?:s|ed|ing)?(?![- ]time)|validat\w*|assess\w*|using|benchmarked)\b[^.;]*$/i;

/**
 * "Using the MNIST dataset, a standard CNN was implemented. ... achieved a validation accuracy (99.41%)": a paper that
 * names one benchmark, for its evaluation, gives it to the scores of sentences that name none (labels, rule 22); on a
 * benchmark of tasks a level no prediction score names is then a pass rate, as in its own sentence (rule 1).
 */
function onlyBenchmark(claims: Claim[], title: string, abstract: string, scanned: SentenceFacts[], plain: Sentence[], matcher: ReturnType<typeof matcherFor>): void {
  // (A benchmark paper's own suite, named in its title, is its results' however many others the abstract mentions.)
  const own = ownSuite(title);
  if (SEVERAL_SETS.test(abstract) && !own) return;
  // (The sentences read for claims were scanned for benchmarks already; only the others are scanned here.)
  const named = (t: string, hs: EntityHit[]) => hs.map((h) => ({ h, before: t.slice(0, h.start) }));
  const hits = [title, ...plain.map((s) => normalize(s.text).text)].flatMap((t) => named(t, matcher.benchmarks(t)))
    .concat(scanned.flatMap((f) => named(f.text, f.benchmarks)));
  const names = new Set(hits.map((x) => x.h.name));
  if (own && hits.every((x) => x.h.name === own)) names.add(own);
  else if (names.size !== 1 || !hits.some((x) => EVALUATED_ON.test(x.before))) return;
  const [name] = [...names] as [string];
  // (A benchmark paper's own suite of coding or agent tasks: "QCoder Benchmark: ... Quantum Hardware", "DA-Code: Agent Data Science Code Generation".)
  const tasks = TASK_BENCHMARKS.has(name) || (name === own && (AGENTIC.test(title) || AGENT_TITLE.test(title) || OWN_TASKS.test(title)));
  for (const c of claims) {
    if (c.benchmark || !QUALITY_METRICS.has(c.metric)) continue;
    c.benchmark = name;
    const at = c.valueStart - c.spanStart;
    if (c.metric === 'accuracy' && tasks && !PREDICTION_SCORE.test(c.span.slice(c.valueEnd - c.spanStart, c.valueEnd - c.spanStart + 40))
      && !SCORE_NAMED_BEFORE.test(c.span.slice(Math.max(0, at - 40), at)) && !(name === own && AGREEMENT.test(c.span.slice(Math.max(0, at - 40), c.valueEnd - c.spanStart + 30)))) c.metric = 'correctness';
  }
}
// "an 80.1% agreement rate", "Spearman's rho=0.85": how well a benchmark's judge agrees with people is no task solved.
const AGREEMENT = /\b(?:agreements?|consistency|correlat\w*|Spearman|Kendall|rho|alignment)\b/i;
// "a Benchmark of Repository Coding Tasks", "Paper Reproduction", "Mobile Assistants": a title naming tasks carried out, not questions.
const OWN_TASKS = /\b(?:code|coding|programming|software|repositor(?:y|ies)|reproduction|assistants?|tasks)\b/i;
// "DA-Code: Agent Data Science Code Generation Benchmark", "PRBench: End-to-end Paper Reproduction": a benchmark paper's
// title names its own suite before the colon.
// ("FronTalk: Benchmarking Front-End Development as Conversational Code Generation"; not "TWLV-I: ... Holistic Evaluation", a
// model evaluated.)
const OWN_SUITE_WORDS = /\bbenchmark(?:s|ing)?\b/i;
function ownSuite(title: string): string | null {
  const m = /^((?:[A-Z][\w+.'-]*[A-Z0-9][\w+.'-]*|[A-Z][\w+.'-]*\s(?:Bench(?:mark)?))(?:\s[A-Z][\w+.-]*)?)\s?:/.exec(title);
  return m && (/Bench|Eval/.test(m[1]!) || OWN_SUITE_WORDS.test(title.slice(m[0].length))) ? m[1]! : null;
}

// "MMOU: A Benchmark for ...", "Evaluating LLMs on ...", "we introduce X, a benchmark": a paper that evaluates models on a benchmark.
const EVALUATION_TITLE = /\b(?:bench(?:mark)?s?|[A-Z][\w-]*Bench\b|evaluat\w+|how (?:well|good|far)|can (?:llms?|models?|agents?|vlms?|mllms?))\b/i;
const EVALUATION_ABSTRACT = /\b(?:we|this paper|this work)\s(?:also\s)?(?:introduce|present|propose|construct|build|release|curate)s?\s(?:[\w-]+,?\s){0,6}?(?:a|an|the)\s(?:[\w-]+\s){0,3}?benchmark\b/i;

const SYSTEMS_WORDS = new RegExp(SYSTEMS_CONTEXT.source, 'gi');
const count = (re: RegExp, s: string) => { let n = 0; for (const _ of s.matchAll(re)) n++; return n; };
/** The paper's systems words are at least as many as its model, task and benchmark words. */
const balance = (text: string) => count(SYSTEMS_WORDS, text) >= count(QUALITY_TOPIC_WORDS, text);
function systemsWords(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(SYSTEMS_WORDS)) { seen.add(m[0].toLowerCase().replace(/s$/, '')); if (seen.size >= 2) break; }
  return seen.size;
}

// Comparisons of a level ("93.7% accuracy") are stated with it; a change needs a compared-with side.

/**
 * "We compare X against Y. It runs 2x faster.": a sentence without claims that states a comparison
 * gives its compared-with side to the next sentence's relative claims that name none.
 */
function carryBaseline(claims: Claim[], previous: Sentence): void {
  if (!claims.some((c) => !c.baseline && c.direction && BASELINE_CARRIES.has(c.metric))) return;
  const base = sentenceBaseline(normalize(previous.text).text);
  if (!base) return;
  for (const c of claims) if (!c.baseline && c.direction && BASELINE_CARRIES.has(c.metric)) c.baseline = base;
}

// "A Heterogeneous HBM-PIM Architecture": the paper designs a new one of this kind of device.
const DESIGNED = /^[\s-]*(?:architectures?|microarchitectures?|stacks?|designs?|organizations?)\b/i;

/** Devices the title names as the kind of thing the paper designs, not the product it ran on. */
function designedKinds(title: string, matcher: ReturnType<typeof matcherFor>): Set<string> {
  return new Set(matcher.hardware(title).filter((h) => DESIGNED.test(title.slice(h.end))).map((h) => h.name));
}

// "GPU-Resident Index", "FPGA-Accelerated Search": a title's class compound says where the work runs.
const TITLE_COMPOUND = new RegExp(String.raw`(?<![\w-])(?:(?:multi|many)-)?(GPU|CPU|FPGA|TPU|NPU)s?-(?:${[...PLATFORM_SUFFIXES, 'native', 'optimi[sz]ed', 'enabled', 'powered', 'friendly', 'centric'].join('|')})\b|(?<![\w-])(?:multi|many|single)-(GPU|CPU|FPGA|TPU|NPU)s?(?![\w-])`, 'gi');

const TITLE_TOPIC = /^s?\s(?:micro-?architectures?|architectures?|architectural|simulators?|simulation|memory (?:hierarchy|subsystems?)|TLBs?|caches?)\b/i;

// "A Placement Flow for Enabling 3D FPGAs", "FPGA Place and Route", "Optimizing FPGA Logic Clustering Runtime": a CAD tool
// for FPGAs runs on a workstation; the FPGA is what it maps designs to, not where its results were measured.
const FPGA_CAD = /(?<![\w-])(?:plac(?:e|ement|er)|rout(?:e|ing|er)|packing|legali[sz]ation|floorplann?ing|technology mapping|logic clustering|timing closure)(?![\w-])/i;

// ("FPGA-CPU Synergy for ... Legalization Acceleration": a compound says the tool itself runs on the FPGA.)
const fpgaCad = (title: string) => FPGA_CAD.test(title) && /\bFPGAs?\b(?!-)/.test(title);

/** Device classes the title names, compounds included. */
function titleClasses(title: string, matcher: ReturnType<typeof matcherFor>): EntityHit[] {
  if (fpgaCad(title)) return [];
  // "Dead-Entry TLB Misses in GPU Microarchitectures": a class whose own design is studied (in simulation) is the topic.
  // An ASIC is the form of a design, never where results ran (labels, rule 18).
  const hits = matcher.hardwareClasses(title).filter((h) => !asicForm(h) && !TITLE_TOPIC.test(title.slice(h.end, h.end + 24))
    && !/\b(?:design(?:ing)?|architecture|microarchitecture) of an?\s(?:[\w-]+\s)?$/i.test(title.slice(Math.max(0, h.start - 40), h.start)));
  return hits.concat(classCompounds(title));
}

/** "GPU-resident engine", "multi-GPU systems", "on single-GPU setups": compounds that say the work runs on that class ("a single-NPU-PIM system" names a design). */
function classCompounds(text: string): EntityHit[] {
  const hits: EntityHit[] = [];
  TITLE_COMPOUND.lastIndex = 0;
  for (let m = TITLE_COMPOUND.exec(text); m; m = TITLE_COMPOUND.exec(text)) {
    const cls = (m[1] ?? m[2])!;
    // "for Multi-FPGA Systems" is what a tool targets; "on/across multi-GPU systems" is where it ran.
    if (m[2] && !/\b(?:on|across|using)\s(?:[\w-]+\s){0,2}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    hits.push({ name: cls.toUpperCase(), kind: 'class', start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

// "an efficient GPU kernel", "a high-performance GPU implementation", "optimized GPU kernels": the
// paper's own code written for a class runs on it (labels, rule 32).
const OWN_IMPLEMENTATION = /\b(?:our|an?|the|optimi[sz]ed|efficient|custom|fused|high-performance|parallel|dedicated|specialized|single)\s(?:[\w-]+\s){0,2}?(GPU|CPU|FPGA|NPU|TPU)\s(?:[\w-]+\s)?(?:kernels?|implementations?)\b(?!\s(?:optimi[sz]ation|generation|engineering|development|design))/gi;

// "customized FPGA-based accelerators", "an RBD accelerator based on FPGA": a design built on an FPGA runs on it (rule 18)
// ("GPU-based systems" is as often the background a paper moves away from).
const PRIOR_WORK = /\b(?:prior|previous|existing|traditional|conventional|earlier)\b/i;
// "1-bit microkernels optimized for modern CPUs": code tuned for a class runs on it (rule 32).
const TUNED_FOR = /\b(?:micro)?(?:kernels?|implementations?)\s(?:optimi[sz]ed|tuned|tailored)\sfor\s(?:modern\s|commodity\s|consumer\s)?(GPU|CPU|NPU|TPU)s?\b/gi;
const FPGA_BUILT = /(?<![\w-])(FPGA)-based\b|\bbased on (?:an?\s|the\s)?(FPGA)s?\b/gi;
// "we present GEMM-GS, an acceleration approach utilizing tensor cores on GPUs": what the paper presents runs on that class.
const PRESENTED_ON = /\b(?:we|this paper|this work)\s(?:present|propose|introduce|develop|design|build)\w*\b[^.;]{0,100}?\b(?:on|for)\s(?:modern\s|commodity\s|consumer\s|NVIDIA\s|AMD\s)?(GPU|CPU|NPU|TPU)s?\b(?![\w-])(?!\s(?:memory|clusters?\sscheduling|vendors?|programming|architectures?|microarchitectures?|design))/gi;

/** Classes the abstract names as where the paper's own code runs ("our GPU kernel"). */
function ownImplementations(text: string): EntityHit[] {
  // ("speedups over a CPU trie implementation": a compared-with implementation is not the paper's.)
  // ("While prior work has explored FPGA-based offload engines": a design of earlier work is background.)
  const background = (m: RegExpMatchArray) => PRIOR_WORK.test(text.slice(0, m.index!).split(/[.;]\s/).pop()!);
  return [...text.matchAll(OWN_IMPLEMENTATION), ...[...text.matchAll(FPGA_BUILT), ...text.matchAll(TUNED_FOR), ...text.matchAll(PRESENTED_ON)].filter((m) => !background(m))].filter((m) => !/\b(?:over|than|against|versus|vs\.?|compared (?:to|with)|relative to)\s$/i.test(text.slice(Math.max(0, m.index! - 30), m.index!))).map((m) => ({ name: (m[1] ?? m[2])!.toUpperCase(), kind: 'class', start: m.index!, end: m.index! + m[0].length }));
}

const CLASS_NAMES = new Set(['GPU', 'CPU', 'FPGA', 'TPU', 'NPU']);

// Simulation, gem5 or a cycle-accurate model: the paper's results come from a model of its design.
const SIMULATED = /\b(?:simulat(?:ed|ion|or|ors)|gem5|cycle-accurate)\b/i;
const SIMULATED_ALL = new RegExp(SIMULATED.source, 'gi');
// A simulation the paper's results do not come from: the simulated world of a physics, driving or robotics task, an
// optimizer ("simulated annealing"), or the slow baseline an emulator is compared with ("2500x speedup compared to RTL simulation").
const OTHER_SIMULATION = /\b(?:physics|physical|thermal|driving|robot\w*|molecular|fluid|traffic|climate|CARLA|MuJoCo|Isaac|game|world|surgical|user|patient)(?:[\s-]based)?\s(?:[\w-]+\s)?$/i;
const SIMULATION_COMPARED = /\b(?:than|over|compared (?:to|with)|relative to|versus|vs\.?|against|costly|slow|expensive)\s(?:the\s|an?\s)?(?:(?!on\b|in\b|with\b|using\b|for\b)[\w-]+\s){0,2}$/i;
/** The paper's results come from a simulation of its design. */
function simulated(text: string): boolean {
  return [...text.matchAll(SIMULATED_ALL)].some((m) => {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    return !OTHER_SIMULATION.test(before) && !SIMULATION_COMPARED.test(before) && !/^simulated annealing\b/i.test(text.slice(m.index!, m.index! + 20));
  });
}

// A model's size, a quality level and a cost are properties of the model or the method, and silicon
// area is the design's own (labels, rule 18): they take no device from the rest of the paper (only
// from their own clause, and a model size not even there). An error is a quality level too ("the lowest
// word error rate (14.60%)", "2x lower quantization error than SR": rules 6 and 22).
const DEVICE_FREE = new Set(['model_size', 'accuracy', 'correctness', 'error', 'cost', 'area']);

const MODEL_RATE = /^\S*\s(?:[\w-]+\s)?(?:bit-?rates?|BD-rates?|bits per pixel|bpp)\b/i;

/** "on Apple Silicon ... on an Apple M4 Max": a family the paper also names a member of is that member. */
function familyOfNamed(h: EntityHit, named: EntityHit[]): boolean {
  return h.kind.endsWith('family') && named.some((o) => !o.kind.endsWith('family') && (o.family === h.name || o.name.startsWith(`${h.name} `)));
}

/**
 * One device model named in the whole paper (outside comparisons, not only as where a baseline ran)
 * applies to claims that name none. A bare class ("GPU") is spread from the title, or from an
 * abstract that names no model and no class but FPGA, at least twice (one passing mention is not a platform).
 */
function fillFromPaper(claims: Claim[], hits: EntityHit[], titleClasses: EntityHit[], abstractClasses: EntityHit[], designed: Set<string>,
  perClaim: { ownChip: Set<Claim>; compounds: EntityHit[]; titleDevices: EntityHit[]; fpgaCad: boolean }): void {
  // A research design ("such as AttAcc") is named as prior art, not as where this paper's results ran.
  const named = hits.filter((h) => h.kind !== 'research accelerator' && !designed.has(h.name));
  // "the STM32N6 ... This MCU integrates an Arm Cortex-M55 core": a CPU core named beside a chip is a part of that chip.
  const core = (h: EntityHit) => h.name.startsWith('Arm Cortex-');
  const own = named.filter((h) => !familyOfNamed(h, named) && !(core(h) && named.some((o) => !core(o))));
  const devices = new Set(own.map((h) => h.name));
  // A title that names one device class ("... on FPGA") says where the work runs.
  const classes = new Set(titleClasses.map((h) => h.name));
  const counts = new Map<string, number>();
  for (const h of abstractClasses) counts.set(h.name, (counts.get(h.name) ?? 0) + 1);
  // Only an FPGA: FPGA work is implemented on one, while CPUs and GPUs are named as hosts, baselines
  // or the subject of a microarchitecture study far more often than as the platform measured on.
  const repeated = counts.size === 1 && counts.has('FPGA') && counts.get('FPGA')! >= 2 && !perClaim.fpgaCad ? 'FPGA' : null;
  // Several devices, one of them in the title ("... Benchmark on Snapdragon X Elite"): the title names the platform.
  const inTitle = [...new Set(perClaim.titleDevices.map((h) => h.name))].filter((n) => devices.has(n));
  const model = devices.size === 1 ? [...devices][0]! : inTitle.length === 1 ? inTitle[0]! : null;
  // An abstract's compounds ("across multi-GPU systems", "a GPU-resident engine") name the platform too.
  const compounds = new Set(perClaim.compounds.map((h) => h.name));
  const cls = devices.size > 0 ? null
    : classes.size === 1 ? [...classes][0]!
    : classes.size > 0 ? null
    : compounds.size === 1 ? [...compounds][0]! : repeated;
  // "a 4.9x speedup for the single-kernel FPGA design" in a paper run on one Alveo U250: that FPGA.
  const ofClass = (cls: string) => [...new Set(own.filter((h) => h.kind.split(' ').includes(cls)).map((h) => h.name))];
  for (const c of claims) {
    if (!c.hardware || !CLASS_NAMES.has(c.hardware)) continue;
    const models = ofClass(c.hardware);
    if (models.length === 1) c.hardware = models[0]!;
  }
  for (const c of claims) {
    if (c.hardware || perClaim.ownChip.has(c)) continue;
    // The paper's one device model, else the title's class; never what a claim is compared with (rule 4).
    // ("2.3-3x bitrate savings against AV1": a codec's rate is the model's, like a compression ratio: rule 32's exceptions.)
    const device = DEVICE_FREE.has(c.metric) || MODEL_RATE.test(c.span.slice(c.valueStart - c.spanStart, c.valueEnd - c.spanStart + 24)) ? null : model ?? cls;
    if (device) c.hardware = device;
  }
}
