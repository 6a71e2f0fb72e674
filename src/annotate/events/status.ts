/**
 * Status cues: the words around a trigger that say whether the action happened, is
 * planned, proposed, considered, ruled out or only conditional. The news turns on these
 * ("a call is under consideration" must never become "a call took place"), so the rule
 * is conservative: any modal, conditional or negative cue in the trigger's clause wins
 * over the past tense, and `occurred` needs either an explicit cue or a past-tense clause.
 */
import type { EventStatus } from '../../core/layers.js';
import { defineGate, type Gate, gateIndexOf, openGates } from './gates.js';

/** A status cue found in a clause. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly status: EventStatus;
  /** Negative cues (no plans, has not happened, denied) outrank nearer modal cues. */
  readonly strength: number;
  /** A noun cue after a definite or possessive determiner ("his offer") refers back. */
  readonly backReference: boolean;
  /** A temporal preposition ("during", "after") that presupposes the event. */
  readonly temporal: boolean;
}

/**
 * status, strength, pattern, and its gate (see gates.ts): word beginnings one of which
 * every match has ("den" for denied, "can" for cannot). Keep the gate in step with its pattern.
 */
type CueRow = readonly [EventStatus, number, string, readonly string[]];

/**
 * Cue patterns by status. Strength: 3 negation and denial, 2 explicit status words,
 * 1 bare modals and tense words ("will", "could", "took place" is 2).
 */
const CUE_ROWS: readonly CueRow[] = [
  [
    'denied',
    3,
    String.raw`\b(?:denied|denies|deny|denying)\s+(?:that|reports|claims|any)\b|\bdismissed\s+reports\b|\brefuted\b`,
    ['den', 'dismissed', 'refuted'],
  ],
  [
    'not_occurred',
    3,
    String.raw`\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:happened|taken\s+place|been\s+held|occurred|met|spoken|talked|begun|started|been\s+discussed)\b`,
    ['not'],
  ],
  [
    'not_occurred',
    3,
    String.raw`\b(?:there\s+)?(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?been\s+no\b|\bnever\s+(?:met|spoke|talked|took\s+place|happened|held)\b`,
    ['been', 'never'],
  ],
  [
    'not_occurred',
    3,
    String.raw`\b(?:did|does)\s+not\s+(?:take\s+place|happen|meet|talk|speak|occur)\b|\bdidn't\s+(?:take\s+place|happen|meet|talk|speak)\b|\bnot\s+yet\s+(?:met|spoken|held|taken\s+place|happened)\b|\b(?:has|have)\s+yet\s+to\b|\bthis\s+has\s+not\s+happened\b`,
    ['not', 'didn', 'yet'],
  ],
  [
    'not_planned',
    3,
    String.raw`\b(?:no|not\s+any)\s+(?:concrete\s+|specific\s+|immediate\s+|definite\s+|firm\s+|such\s+)?(?:plans?|agreements?|arrangements?|decisions?)\b`,
    ['plan', 'agreement', 'arrangement', 'decision'],
  ],
  [
    'not_planned',
    3,
    String.raw`\bnot\s+(?:been\s+)?(?:planned|scheduled|on\s+the\s+agenda)\b|\bnot\s+planning\b|\bno\s+intention\b|\bruled\s+out\b|\b(?:do|does|did)\s+not\s+plan\b|\bthere\s+will\s+be\s+no\b|\b(?:will|would)\s+not\b|\bwon't\b|\bnot\s+going\s+to\b|\b(?:cannot|can't|could\s+not|couldn't|must\s+not|should\s+not)\b`,
    ['not', 'intention', 'ruled', 'there', 'won', 'can', 'couldn'],
  ],
  [
    'considered',
    2,
    String.raw`\bready\s+(?:for|to)\b|\breadiness\b|\bopen\s+(?:to|for)\b|\bamenable\b|\bunder\s+consideration\b|\b(?:still\s+)?considering\b|\bconsider(?:s|ed)?\b|\b(?:do|does)\s+not\s+exclude\b|\bnot\s+excluded\b|\bcannot\s+be\s+excluded\b|\bnot\s+rul(?:e|ing)\s+out\b`,
    ['read', 'open', 'amenable', 'consider', 'exclude', 'rul'],
  ],
  [
    'considered',
    2,
    String.raw`\bpossib(?:le|ility|ly)\b|\bprospects?\b|\bpotential(?:ly)?\b|\bwilling(?:ness)?\b|\bprepared\s+to\b|\bwould\s+welcome\b|\bhop(?:e|es|ed|ing)\b|\bwhether\b|\bbeing\s+discussed\b|\bmulling\b|\bexploring\b|\bwould\s+like\s+to\b|\bwants?\s+to\b|\binterested\s+in\b|\bidea\s+of\b|\b(?:could|may|might)\s+(?:well\s+|still\s+|also\s+)?(?:take\s+place|happen|occur|be\s+held)\b`,
    [
      'possib',
      'prospect',
      'potential',
      'willing',
      'prepared',
      'welcome',
      'hop',
      'whether',
      'discussed',
      'mulling',
      'exploring',
      'like',
      'want',
      'interested',
      'idea',
      // "could take place as early as next week": as strong as the time ahead, and nearer.
      'could',
      'may',
      'might',
    ],
  ],
  ['considered', 1, String.raw`\b(?:could|may|might)\b`, ['could', 'may', 'might']],
  [
    'proposed',
    2,
    // "would have to": a condition someone sets ("sanctions would have to be lifted first").
    String.raw`\bpropos(?:ed|es|al|als|ing)\b|\boffer(?:ed|s|ing)?\b|\bsuggest(?:ed|s|ion|ing)?\b|\binvit(?:ed|ation|es|ing)\b|\binitiative\b|\b(?:would|will)\s+have\s+to\b`,
    ['propos', 'offer', 'suggest', 'invit', 'initiative', 'would', 'will'],
  ],
  [
    'planned',
    2,
    String.raw`\b(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|going)\s+to\b|\bscheduled\b|\bplan(?:s|ned)?\s+(?:to|for)\b|\bplanned\b|\bagreed\s+(?:to|on|upon)\b|\bagree\s+to\b|\bupcoming\b|\bforthcoming\b|\bnext\s+(?:week|month|year)\b|\bin\s+the\s+coming\s+(?:days|weeks|months)\b|\bpromis(?:ed|es|e)\b|\bpledg(?:ed|es|e)\b|\bvowed\b|\bcommitted\s+to\b|\bto\s+be\s+held\b|\bintends?\s+to\b|\bpreparations?\s+for\b|\bwill\s+be\s+agreed\b`,
    [
      'due',
      'set',
      'schedul',
      'expect',
      'slated',
      'going',
      'plan',
      'agree',
      'upcoming',
      'forthcoming',
      'coming',
      'next',
      'promis',
      'pledg',
      'vowed',
      'committed',
      'held',
      'intend',
      'preparation',
    ],
  ],
  ['planned', 1, String.raw`\bwill\b|'ll\b|\bshall\b|\bwould\b`, ['will', 'll', 'shall', 'would']],
  // What someone says should or must happen is asked for, not done ("talks must be held").
  ['proposed', 1, String.raw`\b(?:should|must|ought\s+to)\b`, ['should', 'must', 'ought']],
  [
    'occurred',
    2,
    String.raw`\btook\s+place\b|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+held\b|(?<!\bbe\s)\bheld\b|\bhad\s+(?:an\s+|the\s+)?opportunity\s+to\b|\b(?:ended|concluded|wrapped\s+up)\b`,
    ['took', 'held', 'opportunity', 'ended', 'concluded', 'wrapped'],
  ],
  [
    'occurred',
    1,
    String.raw`\b(?:during|after|following|at)\s+(?:a|an|the|their|his|her|its|this|that|last)\b`,
    ['during', 'after', 'following', 'at'],
  ],
];

/** One compiled cue row. */
export interface CompiledCue {
  readonly status: EventStatus;
  readonly strength: number;
  readonly pattern: RegExp;
  readonly gate: Gate;
}

/** The compiled cue patterns with their gates, in scanning order (exported for the gate tests). */
export const CUES: readonly CompiledCue[] = CUE_ROWS.map(([status, strength, source, gate]) => ({
  status,
  strength,
  pattern: new RegExp(source, 'gi'),
  gate: defineGate(gate),
}));

const BACK_REFERENCE_BEFORE = /\b(?:the|his|her|its|their|this|that|such|our|your)\s+$/i;
const TEMPORAL = /^(?:during|after|following|at)\b/i;
const TEMPORAL_DEFINITE = /^(?:during|after|following|at)\s+(?:the|their|his|her|its|this|that)\b/i;

/**
 * Finds every status cue in norm[start, end). `norm` is the normalised text (same
 * offsets as the document text).
 */
export function findCues(norm: string, start: number, end: number): CueHit[] {
  // The triggers of a clause ask one after another: the last clause is checked first.
  if (cueCache.norm === norm && cueCache.lastStart === start && cueCache.lastEnd === end && cueCache.lastHits) return cueCache.lastHits;
  const hits = findCuesCached(norm, start, end);
  cueCache.lastStart = start;
  cueCache.lastEnd = end;
  cueCache.lastHits = hits;
  return hits;
}

function findCuesCached(norm: string, start: number, end: number): CueHit[] {
  // Offsets are below 2^32, so the pair is one exact number.
  const key = start * 0x100000000 + end;
  if (cueCache.norm === norm) {
    const cached = cueCache.byClause.get(key);
    if (cached) return cached;
  } else {
    cueCache.norm = norm;
    cueCache.byClause.clear();
  }
  const hits = scanCues(norm, start, end);
  cueCache.byClause.set(key, hits);
  return hits;
}

/** The cues of the clauses of the last text seen: a clause is scanned once however many triggers it holds. */
const cueCache: {
  norm: string | null;
  byClause: Map<number, CueHit[]>;
  /** The clause asked for last (of `norm`) and its hits, the same array as in `byClause`. */
  lastStart: number;
  lastEnd: number;
  lastHits: CueHit[] | null;
} = { norm: null, byClause: new Map(), lastStart: 0, lastEnd: 0, lastHits: null };

/** Cue words that are nouns: "an offer of talks" ranks below a verb of status. */
const NOUN_CUE = /^(?:offer|offers|proposal|proposals|initiative|invitation|suggestion)$/i;

function scanCues(norm: string, start: number, end: number): CueHit[] {
  const slice = norm.slice(start, end);
  const open = openGates(gateIndexOf(norm), start, end);
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    if ((open & cue.gate) === 0) continue;
    const pattern = cue.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      const at = start + match.index;
      const word = match[0];
      const isNounCue = NOUN_CUE.test(word);
      hits.push({
        start: at,
        end: at + word.length,
        status: cue.status,
        // A noun offer ("an offer of talks") ranks below a verb of status ("is considering").
        strength: isNounCue ? Math.min(cue.strength, 1.5) : cue.strength,
        backReference: (isNounCue && BACK_REFERENCE_BEFORE.test(norm.slice(Math.max(0, at - 12), at))) || TEMPORAL_DEFINITE.test(word),
        temporal: TEMPORAL.test(word),
      });
    }
  }
  return hits;
}

/** Conditional markers; "asked if" and "question if" are indirect questions, still hypothetical. */
const CONDITIONAL = /\b(?:if|unless|in\s+case|provided\s+that|as\s+long\s+as|on\s+condition\s+that)\b/gi;
/** Gate (see gates.ts): a word every CONDITIONAL match holds ("case" of "in case", "long" of "as long as"). */
const CONDITIONAL_GATE = defineGate(['if', 'unless', 'case', 'provided', 'long', 'condition']);
const UNLESS = /\bunless\b/i;
/** A conditional within nine words after the trigger: "will meet if ...". */
const CONDITIONAL_AFTER = /^\s*(?:\S+\s+){0,8}?(?:if|in\s+case)\b/i;
/** Past-tense or perfect verbs in a clause: evidence that a narrated act took place. */
const PAST = /\b(?:was|were|had|has|have|did|came|went|met|held|took|gave|sent|spoke|said|told)\b|\b[a-z]{3,}ed\b/i;

/** The status chosen for one trigger, with the cue that decided it. */
export interface StatusDecision {
  readonly status: EventStatus;
  readonly cue: CueHit | null;
  /** True when a `unless` clause follows: a conditional promise of harm is a threat. */
  readonly unless: boolean;
  /** 0..1: how clearly the text states the status. */
  readonly confidence: number;
}

/**
 * Decides the status of a trigger at norm[triggerStart, triggerEnd) in the clause
 * [clauseStart, clauseEnd) of a sentence starting at sentenceStart. Speech acts (reject,
 * demand) are not made hypothetical by an `if` that governs their content.
 *
 * Order: a conditional before the trigger in the sentence → hypothetical; else the
 * strongest cue near the trigger (negations first, then explicit status words, then bare
 * modals, nearest first); else `occurred` when the clause is narrated in the past or
 * present perfect, or `occurred` with low confidence.
 */
export function decideStatus(
  norm: string,
  sentenceStart: number,
  clauseStart: number,
  clauseEnd: number,
  triggerStart: number,
  triggerEnd: number,
  isSpeech: boolean,
  isVerb = false,
): StatusDecision {
  const unless = UNLESS.test(norm.slice(triggerEnd, clauseEnd));
  if (!isSpeech) {
    const before = norm.slice(sentenceStart, triggerStart);
    CONDITIONAL.lastIndex = 0;
    let lastIf = -1;
    const mayHoldIf = (openGates(gateIndexOf(norm), sentenceStart, triggerStart) & CONDITIONAL_GATE) !== 0;
    for (const m of mayHoldIf ? before.matchAll(CONDITIONAL) : []) {
      if (/\b(?:as|even)\s+$/i.test(before.slice(0, m.index))) continue;
      lastIf = m.index;
    }
    // An `if` governs the trigger unless a sentence-level break ("but", ";") intervenes.
    if (lastIf >= 0 && !/;|\bbut\b|\bhowever\b/i.test(before.slice(lastIf))) {
      return { status: 'hypothetical', cue: null, unless, confidence: 0.75 };
    }
    // Its "if" or "case" opens CONDITIONAL_GATE (see gates.ts: a word that starts the span counts from there).
    if (
      (openGates(gateIndexOf(norm), triggerEnd, clauseEnd) & CONDITIONAL_GATE) !== 0 &&
      CONDITIONAL_AFTER.test(norm.slice(triggerEnd, clauseEnd))
    ) {
      return { status: 'hypothetical', cue: null, unless, confidence: 0.6 };
    }
  }
  // Cues inside the trigger itself ("will call", "held talks") count.
  const cues = findCues(norm, clauseStart, clauseEnd).filter((c) => !c.backReference);
  // "No meeting ... is planned", "no talks have been held": a "no" on the trigger itself.
  const no = /\bno\s+(?:[a-z-]+\s+)?$/i.exec(norm.slice(Math.max(clauseStart, triggerStart - 20), triggerStart));
  if (no && !isSpeech) {
    const rest = norm.slice(triggerEnd, clauseEnd);
    const past =
      /\bbeen\s+no\s+(?:[a-z-]+\s+)?$/i.test(no.input.slice(0, no.index + no[0].length)) ||
      /\b(?:has|have|had)\s+been\b|\btook\s+place\b|\b(?:was|were)\s+held\b|\bhappened\b/i.test(rest);
    return { status: past ? 'not_occurred' : 'not_planned', cue: null, unless, confidence: 0.85 };
  }
  // Right-side cues must sit close to the trigger's noun phrase: 120 chars covers "A
  // telephone conversation between X and his counterpart Y is currently under
  // consideration"; bare modals ("will", "could") only count within 40 chars.
  // Speech acts take only a cue just before them ("will not accept" is in the trigger).
  const usable = cues.filter((c) => {
    if (isSpeech) return c.end <= triggerStart && triggerStart - c.end <= 30 && c.status !== 'occurred';
    if (c.end <= triggerEnd || overlapsTrigger(c, triggerStart, triggerEnd)) return true;
    // A verb carries its own tense: "mobilized reservists for a possible war" is not possible.
    if (isVerb) return false;
    return cueDistance(c, triggerStart, triggerEnd) <= (c.strength >= 2 ? 120 : 40);
  });
  const usableForSpeech = usable;
  let best: CueHit | null = null;
  for (const cue of usableForSpeech) {
    if (!best) {
      best = cue;
      continue;
    }
    if (
      cue.strength > best.strength ||
      (cue.strength === best.strength && cueDistance(cue, triggerStart, triggerEnd) < cueDistance(best, triggerStart, triggerEnd))
    )
      best = cue;
  }
  if (best) {
    // "would" in reported speech is a future in the past; weak, so a lower confidence.
    const confidence = best.strength >= 3 ? 0.85 : best.strength === 2 ? 0.75 : 0.6;
    return { status: best.status, cue: best, unless, confidence };
  }
  const clause = norm.slice(clauseStart, clauseEnd);
  return { status: 'occurred', cue: null, unless, confidence: PAST.test(clause) ? 0.7 : 0.5 };
}

function overlapsTrigger(c: CueHit, triggerStart: number, triggerEnd: number): boolean {
  return c.start < triggerEnd && triggerStart < c.end;
}

/** Characters between a cue and the trigger (0 when they overlap). */
function cueDistance(c: CueHit, triggerStart: number, triggerEnd: number): number {
  return overlapsTrigger(c, triggerStart, triggerEnd)
    ? 0
    : c.end <= triggerStart
      ? triggerStart - c.end
      : Math.max(0, c.start - triggerEnd);
}
