/**
 * Trigger lexicon for the 16 PLOVER 2.0 base actions. Each trigger is a pattern over the
 * normalised sentence (curly quotes blanked, apostrophes straightened, same offsets) with
 * the action it names and its role:
 *
 * - `action`: a material or diplomatic act (a meeting, sanctions, an attack); its status
 *   comes from the modality around it.
 * - `speech`: a speech act that is itself the event (reject, demand, accuse, threaten);
 *   action words in its complement ("rejected an offer to host a summit") are not events
 *   of their own.
 * - `cue`: a commitment verb ("agreed to", "offered to", "ready to") that gives the status
 *   of an action in its complement and is an AGREE event only when no action follows.
 *
 * Weights order competing triggers in one sentence (the PLOVER set wants one event per
 * sentence): verbs over nouns, specific phrases over generic ones. They were set by hand
 * on fictional sentences and checked on plover-dev; they are ranks, not probabilities.
 */

import { defineGate, type Gate } from './gates.js';

/** The 16 PLOVER 2.0 event types. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/** A PLOVER 2.0 event type. */
export type PloverType = (typeof PLOVER_TYPES)[number];

/** What a trigger does in its sentence (see the module comment). */
export type TriggerRole = 'action' | 'speech' | 'cue';

/** One trigger pattern of the lexicon. */
export interface TriggerSpec {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly role: TriggerRole;
  readonly pos: 'verb' | 'noun';
  /** Rank among competing triggers in one sentence, 0..1. */
  readonly weight: number;
  readonly pattern: RegExp;
  /** The same pattern, sticky: tried only at the words that can start it (see `anchors`). */
  readonly sticky: RegExp;
  /**
   * Lower-cased words one of which must start every match, or null when the pattern has no
   * simple leading word list. Anchored patterns are tried only where such a word stands
   * (a sticky match at that offset), so a page costs one pass over its words instead of a
   * pass per pattern; the rest run over the whole text.
   */
  readonly anchors: readonly string[] | null;
  /** The start gate of a pattern without anchors (see Row and gates.ts), or null: the pattern runs over the whole text. */
  readonly gate: Gate | null;
}

/**
 * type, mode, role, part of speech, weight, pattern and, for a pattern without anchors (it
 * runs over the whole text), an optional start gate (see gates.ts): word beginnings one of
 * which begins the first word of every match ("is" for "is suing", "tanks" for "tanks
 * fired"). The pattern is tried only at the words that open it. Keep it in step with its pattern.
 */
type Row = readonly [PloverType, string | null, TriggerRole, 'verb' | 'noun', number, string, (readonly string[])?];

/** Words between a verb and its object ("imposed a new round of sanctions"). */
const DET = String.raw`(?:\s+(?:a|an|the|its|their|his|her|new|further|fresh|several|more|tough|tougher|sweeping|additional|wide-ranging|economic|financial|targeted|rounds?|waves?|round|of|\d+|two|three|ten|some|all|top)){0,5}`;
const PHONE = '(?:tele)?phone|video|online|virtual';

const ROWS: readonly Row[] = [
  // CONSULT: remote contact
  [
    'CONSULT',
    'phone',
    'action',
    'noun',
    0.8,
    String.raw`\b(?:${PHONE})\s+(?:call|calls|conversation|conversations|talks|contact|contacts|conference|summit|meeting|link)\b`,
    ['tele', 'phone', 'video', 'online', 'virtual'],
  ],
  [
    'CONSULT',
    'phone',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:talk|talks|talked|spoke|speak|speaks|speaking|spoken|chatted)\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone\b`,
  ],
  [
    'CONSULT',
    'phone',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:held|hold|holds|holding|had)\s+(?:a\s+)?(?:talks|conversation|meeting|call|summit)\s+(?:online|by\s+video|via\s+video\s*link|virtually)\b`,
  ],
  ['CONSULT', 'phone', 'action', 'verb', 0.8, String.raw`\b(?:phoned|telephoned)\b`],
  ['CONSULT', 'phone', 'action', 'noun', 0.6, String.raw`\b(?:call|calls)\b(?=\s+(?:between|with)\b)`],
  [
    'CONSULT',
    'phone',
    'action',
    'verb',
    0.75,
    String.raw`(?<!\bwhat\s+\w+\s+)\b(?:will|would|to|'ll)\s+call\b(?!\s+(?:on|for|it|this|that)\b)`,
  ],
  ['CONSULT', 'phone', 'action', 'verb', 0.8, String.raw`\bseen\s+each\s+other\s+on\s+(?:the\s+)?screens?\b`],
  // CONSULT: visits
  ['CONSULT', 'visit', 'action', 'verb', 0.85, String.raw`\b(?:visited|visiting)\b`],
  ['CONSULT', 'visit', 'action', 'noun', 0.8, String.raw`\b(?:visit|visits)\b`],
  ['CONSULT', 'visit', 'action', 'noun', 0.75, String.raw`\b(?:trip|tour)\s+to\b`],
  // Case-sensitive (see CASE_SENSITIVE): a host receives people or talks, not "an exhibition".
  [
    'CONSULT',
    'visit',
    'action',
    'verb',
    0.8,
    String.raw`\b(?:[Hh]osted|[Hh]osts|[Hh]osting)\b(?=\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,2}(?:talks|meeting|summit|delegation|visit|counterparts?|leaders?|president|ministers?|envoys?|conference|negotiations)\b))`,
    ['host'],
  ],
  ['CONSULT', 'third-party', 'action', 'verb', 0.7, String.raw`\bhost\b`],
  [
    'CONSULT',
    'third-party',
    'action',
    'noun',
    0.75,
    String.raw`\b(?:summit|summits)\b(?!\s+of\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}?(?:mountain|hill|peak|volcano|ridge|range)\b)`,
  ],
  ['CONSULT', 'third-party', 'action', 'verb', 0.75, String.raw`\b(?:mediate|mediated|mediating|mediation)\b`],
  // CONSULT: meetings, talks
  ['CONSULT', null, 'action', 'verb', 0.85, String.raw`\b(?:met|meet|meets)\b`],
  [
    'CONSULT',
    null,
    'action',
    'verb',
    0.85,
    String.raw`\b(?:held|hold|holds|holding|conducted|had)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,4}?(?:talks|meeting|meetings|conversation|consultations|negotiations|discussions|dialogue|dialog)\b`,
  ],
  ['CONSULT', null, 'action', 'verb', 0.8, String.raw`\b(?:negotiate|negotiated|negotiating)\b`],
  ['CONSULT', null, 'action', 'verb', 0.6, String.raw`\b(?:discussed|discuss|discusses)\b(?=[^.]{0,60}\bwith\b)`],
  ['CONSULT', null, 'action', 'verb', 0.7, String.raw`\b(?:talk|talked)\s+(?:with|to)\b`],
  [
    'CONSULT',
    null,
    'action',
    'noun',
    0.7,
    String.raw`\b(?:talks|meeting|meetings|negotiations|consultations|conversation|encounter|contacts?|engagement|get-together|tete-a-tete)\b(?!\s+(?:room|rooms|hall|place|point|venue|house|notes|minutes))`,
    ['talks', 'meeting', 'negotiations', 'consultations', 'conversation', 'encounter', 'contact', 'engagement', 'get', 'tete'],
  ],
  // AGREE: commitments (cue role: defer to an action in the complement)
  ['AGREE', null, 'cue', 'verb', 0.8, String.raw`\b(?:agreed|agree|agrees|agreeing)\s+(?:to|on|upon|that)\b`],
  ['AGREE', null, 'cue', 'verb', 0.75, String.raw`\b(?:agreed|agree)\b(?!\s+with)`],
  [
    'AGREE',
    null,
    'cue',
    'verb',
    0.8,
    String.raw`\b(?:reached|reach|struck|concluded|clinched)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:agreement|deal|accord|compromise|settlement|understanding)\b`,
  ],
  ['AGREE', null, 'cue', 'verb', 0.8, String.raw`\b(?:promised|promises|pledged|pledges|vowed|committed|commits)\s+to\b`],
  ['AGREE', null, 'cue', 'verb', 0.75, String.raw`\b(?:offered|offers|offer)\s+to\b`],
  // Readiness alone ("ready to develop our dialogue") is too vague to stand as an event: weight below the cut.
  ['AGREE', null, 'cue', 'verb', 0.4, String.raw`\b(?:willing|prepared|ready)\s+(?:to|for)\b`],
  [
    'AGREE',
    null,
    'cue',
    'verb',
    0.6,
    String.raw`\b(?:accepted|accepts|accept)\s+(?:a|an|the|its|their)\s+(?:\w+\s+){0,2}?(?:proposal|offer|plan|invitation|terms|ceasefire|truce)\b`,
  ],
  ['AGREE', null, 'cue', 'verb', 0.55, String.raw`\bwill\s+(?:give|provide|release|evacuate|free|hand\s+over)\b`],
  // SUPPORT
  [
    'SUPPORT',
    null,
    'action',
    'verb',
    0.8,
    String.raw`\b(?:praised|praises|praise|hailed|hails|commended|lauded|endorsed|endorses|backed|backs|defended|defends|welcomed|welcomes|forgive|forgave|congratulated)\b(?!\s+(?:dialogue|dialog))`,
  ],
  [
    'SUPPORT',
    null,
    'action',
    'verb',
    0.75,
    String.raw`(?<!\b(?:its|their|his|her|the|of|for|and|in|with|our|your|popular|public|military|financial)\s)\b(?:supported|supports|support)\b(?!\s+(?:for\s+)?(?:staff|services))`,
  ],
  [
    'SUPPORT',
    null,
    'action',
    'noun',
    0.65,
    String.raw`\b(?:extend|extended|expressed|voiced|pledged|offered)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:\w+\s+){0,2}?support\b`,
  ],
  [
    'SUPPORT',
    null,
    'action',
    'verb',
    0.8,
    String.raw`\b(?:established|establish|restored|restore|resumed)\s+(?:full\s+)?diplomatic\s+(?:ties|relations)\b`,
  ],
  [
    'SUPPORT',
    null,
    'action',
    'verb',
    0.75,
    String.raw`\bsigned\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:agreement|accord|treaty|deal|pact|memorandum|protocol)\b`,
  ],
  ['SUPPORT', null, 'action', 'verb', 0.7, String.raw`\b(?:recognized|recognised|recognizes)\b`],
  // COOPERATE
  [
    'COOPERATE',
    null,
    'action',
    'verb',
    0.85,
    String.raw`\b(?:shared|share|shares|exchanged)\s+(?:\w+\s+){0,2}?(?:evidence|intelligence|information|data)\b`,
  ],
  [
    'COOPERATE',
    null,
    'action',
    'noun',
    0.85,
    String.raw`\b(?:war\s+games|joint\s+(?:military\s+)?(?:exercises|drills|patrols|operations?|investigation))\b`,
    ['war', 'joint'],
  ],
  ['COOPERATE', null, 'action', 'verb', 0.7, String.raw`\b(?:cooperate|cooperated|cooperating|co-operate|collaborate|collaborated)\b`],
  ['COOPERATE', null, 'action', 'noun', 0.35, String.raw`\b(?:cooperation|interaction)\b`],
  // AID
  [
    'AID',
    null,
    'action',
    'verb',
    0.8,
    String.raw`\b(?:gave|give|gives|giving|provided|provide|provides|providing|donated|donate|delivered|sent|send|shipped)\s+(?:[\w.,$-]+\s+){0,8}?(?:aid|assistance|dollars|grant|loan|food|medicine|supplies|intelligence|photographs|equipment|funds|relief)\b`,
  ],
  ['AID', null, 'action', 'verb', 0.85, String.raw`\b(?:granted|grants|grant|offered)\s+(?:\w+\s+){0,2}?asylum\b`],
  [
    'AID',
    null,
    'action',
    'noun',
    0.6,
    String.raw`\b(?:military|humanitarian|food|economic|financial|development|emergency)\s+(?:aid|assistance)\b`,
  ],
  ['AID', null, 'action', 'verb', 0.6, String.raw`\bopened\s+(?:its|their|the)\s+borders?\s+(?:today\s+)?to\b`],
  ['AID', null, 'action', 'verb', 0.45, String.raw`\b(?:troops|peacekeepers|forces)\s+(?:have\s+|has\s+)?arrived\s+in\b`],
  // CONCEDE
  [
    'CONCEDE',
    null,
    'action',
    'verb',
    0.8,
    String.raw`\b(?:lifted|lifts|lift|eased|ease|eases|shortened|relaxed|relax)\s+(?:[\w-]+\s+){0,5}?(?:state\s+of\s+emergency|emergency|ban|curfew|restrictions|embargo|martial\s+law)\b`,
  ],
  // Easing sanctions yields to the other side (CAMEO 081/085 "ease sanctions"): not a sanction.
  [
    'CONCEDE',
    null,
    'action',
    'verb',
    0.9,
    String.raw`\b(?:lifted|lifts|lift|lifting|eased|ease|eases|easing|relaxed|relax|suspended|suspends|suspend|scrapped|removed|waived|unfroze)\s+(?:[\w-]+\s+){0,5}?(?:sanctions|embargo)\b`,
  ],
  [
    'CONCEDE',
    null,
    'action',
    'verb',
    0.9,
    String.raw`\bsanctions\s+(?:[\w-]+\s+){0,6}?(?:be|been|being|are|were|was|is)\s+(?:lifted|eased|suspended|removed|scrapped|waived)\b`,
  ],
  ['CONCEDE', null, 'action', 'verb', 0.5, String.raw`\b(?:allowed|allow|allows|permitted|permit)\b`],
  [
    'CONCEDE',
    null,
    'action',
    'verb',
    0.8,
    String.raw`\b(?:released|freed|pardoned|amnestied|release|free|pardon)\s+(?:[\w-]+\s+){0,4}?(?:prisoners|hostages|detainees|activists|journalists|captives|soldiers|sailors|fishermen|dissidents|leaders?|members|nationals|citizens|crew|president|minister|politicians?|opponents?|protesters|students|civilians|suspects|inmates)\b`,
  ],
  ['CONCEDE', null, 'action', 'verb', 0.95, String.raw`\b(?:accepted|accepts|met|meets)\s+(?:the\s+|their\s+)?demands\b`],
  [
    'CONCEDE',
    null,
    'action',
    'verb',
    0.75,
    String.raw`\b(?:apologized|apologised|apologizes|conceded|concedes|made\s+concessions|democratize|democratise)\b`,
  ],
  [
    'CONCEDE',
    null,
    'action',
    'verb',
    0.6,
    String.raw`\b(?:enhance|expand)\s+political\s+freedoms\b|\bopening\s+up\s+the\s+economy\b|\bpolitical\s+reforms?\b`,
  ],
  // RETREAT
  [
    'RETREAT',
    null,
    'action',
    'verb',
    0.85,
    String.raw`\b(?:withdrew|withdraw|withdraws|withdrawn|withdrawing|pulled\s+out|pull\s+out|pulled\s+back|retreated|evacuate|evacuated)\b`,
  ],
  ['RETREAT', null, 'action', 'noun', 0.75, String.raw`\bwithdrawal\b`],
  [
    'RETREAT',
    null,
    'action',
    'verb',
    0.85,
    String.raw`\b(?:resigned|resign|resigns|stepped\s+down|step\s+down|surrendered|surrender|capitulated|disarmed|demobilized)\b`,
  ],
  ['RETREAT', null, 'action', 'verb', 0.7, String.raw`\b(?:lifted|lift)\s+(?:[\w-]+\s+){0,4}?blockade\b`],
  ['RETREAT', null, 'action', 'verb', 0.6, String.raw`\bopened\s+the\s+(?:\w+\s+)?(?:bridge|crossing|border)\b`],
  // REQUEST
  ['REQUEST', null, 'speech', 'verb', 0.9, String.raw`\b(?:demanded|demands|demand|demanding|urged|urges|urge|urging)\b`],
  ['REQUEST', null, 'speech', 'verb', 0.85, String.raw`\b(?:called|calls|call|calling)\s+(?:on|for|upon)\b`],
  [
    'REQUEST',
    null,
    'speech',
    'verb',
    0.8,
    String.raw`(?<!\bwhen\s)\b(?:requested|requests|request|appealed|appeals|appeal|asked|asks|pleaded|petitioned)\b(?!\s+(?:if|whether|about|how|what|why|when|by\s+reporters|by\s+journalists)\b)`,
  ],
  [
    'REQUEST',
    null,
    'speech',
    'verb',
    0.8,
    String.raw`\b(?:sought|seek|seeks|seeking)\s+(?:\w+\s+){0,2}?(?:refuge|asylum|help|assistance|aid|support|extradition)\b`,
  ],
  [
    'REQUEST',
    null,
    'speech',
    'verb',
    0.55,
    String.raw`\b(?:must|should)(?<=\b(?:said|says|announced|concluded|insisted|stated|declared|added|argued)\b[^.;]{0,80}(?:must|should))\s+(?!not\b|be\s+(?:a|an|the)\b)`,
  ],
  // ACCUSE
  [
    'ACCUSE',
    'disapprove',
    'speech',
    'verb',
    0.9,
    String.raw`\b(?:accused|accuses|accuse|accusing|blamed|blames|blame|condemned|condemns|condemn|denounced|denounces|criticized|criticised|criticizes|criticises|slammed|slams|castigated|rebuked|chided)\b`,
  ],
  [
    'ACCUSE',
    'disapprove',
    'speech',
    'verb',
    0.85,
    String.raw`\b(?:described|describes|called|branded|labelled|labeled|termed)\s+(?:[^.;]{0,80}?)\s+as\s+(?:unacceptable|illegal|illegitimate|provocative|hostile|a\s+provocation|criminal|aggression|a\s+violation|irresponsible|outrageous|absurd|lies)\b`,
  ],
  [
    'ACCUSE',
    'disapprove',
    'speech',
    'verb',
    0.75,
    String.raw`\b(?:believed|believes|said|called)\s+(?:[A-Z]\w+\s+){0,3}(?:was|is)\s+a\s+(?:killer|murderer|criminal|thug|dictator|liar|terrorist|war\s+criminal)\b`,
  ],
  ['ACCUSE', 'disapprove', 'speech', 'verb', 0.75, String.raw`\b(?:alleged|alleges|charged|charges)\s+that\b`],
  [
    'ACCUSE',
    'disapprove',
    'speech',
    'verb',
    0.8,
    String.raw`\b(?:complained|complains|complain|protested\s+to|lodged\s+(?:an?\s+)?(?:official\s+|formal\s+|strong\s+)?protest|summoned)\b`,
    ['complain', 'protested', 'lodged', 'summoned'],
  ],
  [
    'ACCUSE',
    'disapprove',
    'speech',
    'verb',
    0.75,
    String.raw`\b(?:is\s+suing|sued|sues|filed\s+(?:a\s+)?(?:law)?suit)\b`,
    ['is', 'sued', 'sues', 'filed'],
  ],
  [
    'ACCUSE',
    'investigate',
    'speech',
    'verb',
    0.8,
    String.raw`\b(?:launched|opened|began|started|ordered)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:investigation|inquiry|probe|hearing)\b|\bunder\s+investigation\b|\bto\s+investigate\b|\binvestigating\b`,
  ],
  // REJECT
  [
    'REJECT',
    null,
    'speech',
    'verb',
    0.9,
    String.raw`\b(?:rejected|rejects|reject|rejecting|refused|refuses|refuse|declined|declines|decline|dismissed|dismisses|spurned|rebuffed|vetoed|vetoes|turned\s+down|ruled\s+out|reneged|defied|defies|snubbed)\b(?!\s+to\s+(?:comment|elaborate|say|give\s+details|provide|confirm|discuss|answer|be\s+named|be\s+identified|specify|disclose|speculate))`,
  ],
  [
    'REJECT',
    null,
    'speech',
    'verb',
    0.85,
    String.raw`\b(?:denied|denies|deny|denying)\s+(?:\w+\s+){0,2}?(?:allegations|accusations|charges|claims|reports|involvement|responsibility|wrongdoing)\b(?!\s+that\b)`,
  ],
  [
    'REJECT',
    null,
    'speech',
    'verb',
    0.8,
    String.raw`\b(?:will|would)\s+not\s+(?:accept|agree|allow|recognize|recognise|negotiate|tolerate)\b|\b(?:won't|cannot|can't)\s+(?:accept|agree|tolerate)\b`,
  ],
  [
    'REJECT',
    null,
    'speech',
    'verb',
    0.8,
    String.raw`\b(?:failed|fail|fails)\s+to\s+(?:reach|agree|approve)\b|\bout\s+of\s+the\s+question\b|\bviolated\s+(?:a|the)\s+(?:\w+\s+)?(?:ban|ceasefire|truce|agreement)\b`,
  ],
  ['REJECT', null, 'speech', 'verb', 0.7, String.raw`\b(?:opposed|opposes|oppose)\b(?!\s+(?:party|parties|leader|figure|lawmakers))`],
  // THREATEN
  [
    'THREATEN',
    null,
    'speech',
    'verb',
    0.95,
    String.raw`(?<!-|\bas\s|\bare\s)\b(?:threatened|threatens|threaten|threatening)\b(?!\s+(?:species|area|or\s+endangered|and\s+endangered))`,
  ],
  [
    'THREATEN',
    null,
    'speech',
    'verb',
    0.8,
    String.raw`\b(?:warned|warns)\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:would|will|could|might|may)\b|\b(?:warned|warns)\s+of\s+(?:\w+\s+)?(?:retaliation|consequences|response|countermeasures|reprisals|military\s+action)\b|\bhave\s+sworn\s+to\b|\b(?:issued|gave|delivered)\s+an?\s+ultimatum\b|\bvowed\s+to\s+(?:retaliate|respond|fight|punish|avenge)\b`,
  ],
  // PROTEST
  [
    'PROTEST',
    'demo',
    'action',
    'verb',
    0.9,
    String.raw`\b(?:demonstrated|demonstrate|demonstrating|rallied|marched|picketed)\b(?!\s+(?:that|how|what|why|its|their|his|her|the|a|an|our|to|once|again)\b)|\b(?:staged|held|stage|hold)\s+(?:\w+\s+){0,2}?(?:demonstrations?|protests?|rall(?:y|ies)|marches|sit-ins?)\b|\btook\s+to\s+the\s+streets\b`,
  ],
  ['PROTEST', 'hunger', 'action', 'noun', 0.9, String.raw`\bhunger\s+strikes?\b`],
  ['PROTEST', 'strike', 'action', 'verb', 0.85, String.raw`\b(?:stopped\s+work|went\s+on\s+strike|walked\s+out|general\s+strike)\b`],
  ['PROTEST', 'riot', 'action', 'verb', 0.85, String.raw`\b(?:rioted|riots?\s+against|rioting)\b`, ['riot']],
  [
    'PROTEST',
    'obstruct',
    'action',
    'verb',
    0.8,
    String.raw`\b(?:blockade|blockaded)\b(?!\s+(?:on|of)\b)|\b(?:blocked|barricaded)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:roads?|bridge|transport|highway|streets?|entrance|access|railway)\b`,
  ],
  ['PROTEST', 'demo', 'action', 'noun', 0.5, String.raw`\b(?:protesters|demonstrators)\b`],
  // SANCTION
  [
    'SANCTION',
    'discontinue',
    'action',
    'verb',
    0.95,
    String.raw`\b(?:imposed|imposes|impose|imposing|slapped|slaps|introduced|announced|levied|extended|expanded|tightened|tighten)${DET}\s+sanctions\b`,
  ],
  ['SANCTION', 'discontinue', 'action', 'verb', 0.9, String.raw`\b(?:sanctioned|sanctions\s+(?:on|against))\b`, ['sanction']],
  ['SANCTION', 'expel', 'action', 'verb', 0.95, String.raw`\b(?:expelled|expels|expel|expelling)\b`],
  [
    'SANCTION',
    'withdraw',
    'action',
    'verb',
    0.9,
    String.raw`\b(?:withdrew|withdraw|withdraws|withdrawn|pulled\s+out|pull\s+out)\s+(?:[\w-]+\s+){0,4}?(?:inspectors|workers|monitors|ambassadors?|diplomats|staff|personnel|observers|envoys?|aid)\b`,
  ],
  [
    'SANCTION',
    'withdraw',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:recalled|recalls|recall)\s+(?:its\s+|their\s+|the\s+)?ambassadors?\b|\b(?:severed|sever|broke\s+off|break\s+off|cut|cuts|break)\s+(?:\w+\s+){0,2}?(?:ties|relations)\b`,
  ],
  [
    'SANCTION',
    'discontinue',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:suspended|suspends|suspend|halted|halts|froze|freezes|cut\s+off|ended)\s+(?:\w+\s+){0,4}?(?:aid|links|flights|trade|talks|cooperation|assistance|program|programme|deliveries|mediation|contacts|imports|exports)\b|\bsuspension\s+of\b`,
  ],
  [
    'SANCTION',
    'discontinue',
    'action',
    'verb',
    0.8,
    String.raw`\b(?:embargo|boycott|boycotted|boycotts|blacklisted)\b|\b(?:prohibit|prohibited|deny|denied)\s+(?:all\s+)?(?:aid|entry)\b`,
  ],
  // MOBILIZE
  [
    'MOBILIZE',
    'weapons',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:dispatched|dispatch|deployed|deploy|deploys|sent|send|moved|massed|stationed)\s+(?:\w+\s+){0,3}?(?:warships|ships|jets|fighter\s+jets|aircraft|bombers|missiles|tanks|destroyers|submarines|carriers?|weapons|armaments)\b`,
  ],
  [
    'MOBILIZE',
    'troops',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:dispatched|dispatch|deployed|deploy|deploys|sent|send|massed|mobilized|mobilised|mobilize)\s+(?:\w+\s+){0,3}?(?:troops|soldiers|forces|reservists|paratroopers|army|battalions?|units)\b|\bput\s+(?:its\s+|their\s+)?(?:forces|troops|army)\s+on\s+(?:high\s+|full\s+)?alert\b`,
  ],
  ['MOBILIZE', 'police', 'action', 'verb', 0.8, String.raw`\bordered\s+patrols\b|\b(?:deployed|sent)\s+(?:riot\s+)?police\b`],
  // COERCE
  [
    'COERCE',
    'arrest',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:arrested|arrests|arrest|detained|detains|detain|kidnapped|kidnap|abducted|abduct|seized|seize|took\s+hostage|taken\s+hostage|holding\s+(?:\w+\s+){0,6}?as\s+human\s+shields|rounded\s+up|jailed|imprisoned)\b`,
    ['arrest', 'detain', 'kidnap', 'abduct', 'seize', 'took', 'taken', 'holding', 'rounded', 'jailed', 'imprisoned'],
  ],
  [
    'COERCE',
    'destroy',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:demolished|demolish|bulldozed|blew\s+up|blow\s+up|destroyed|razed|torched|set\s+fire\s+to)\b`,
  ],
  [
    'COERCE',
    'curfew',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:imposed|imposes|impose|declared|institute|instituted)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:curfew|state\s+of\s+emergency|martial\s+law)\b`,
  ],
  ['COERCE', 'censor', 'action', 'verb', 0.8, String.raw`\bsuspend\s+publication\b|\b(?:censored|shut\s+down|closed\s+down)\b`],
  ['COERCE', 'seize', 'action', 'verb', 0.75, String.raw`\b(?:hack|hacked|hacking)\s+into\b|\b(?:confiscated|confiscate|raided|raid)\b`],
  ['COERCE', 'restrict', 'action', 'verb', 0.7, String.raw`\b(?:banned|bans|ban)\b(?!\s+on\b)`],
  // ASSAULT
  ['ASSAULT', 'targeted', 'action', 'verb', 0.85, String.raw`\b(?:killed|kills|kill|killing|assassinated|assassinate|murdered|executed)\b`],
  [
    'ASSAULT',
    'heavy-weapons',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:shelled|shelling|bombed|bombarded|fired\s+(?:\w+\s+){0,2}?(?:shells?|rockets?|missiles?|mortars?)|tanks\s+fired|air\s*strikes?|airstrikes?|invaded|invasion|retaken|recaptured|captured|overran)\b|\b(?:launched|launch|mounted|began|begin|new)\s+(?:an?\s+)?(?:\w+\s+)?offensive\b|\boffensive\s+(?:against|on)\b`,
    [
      'shell',
      'bomb',
      'fired',
      'tanks',
      'air',
      'inva',
      'retaken',
      'recaptured',
      'captured',
      'overran',
      'launch',
      'mounted',
      'began',
      'begin',
      'new',
      'offensive',
    ],
  ],
  ['ASSAULT', 'firearms', 'action', 'verb', 0.85, String.raw`\bopened\s+fire\b|\bshot\s+(?:dead|down)\b|\bgunned\s+down\b`],
  [
    'ASSAULT',
    'explosives',
    'action',
    'verb',
    0.85,
    String.raw`\b(?:bomb\s+attack|bombing|car\s+bomb|explosion|blast|wounded|wounding|injured)\b(?!\s+(?:reserve|list|knee|ankle|shoulder|hamstring|player))`,
  ],
  ['ASSAULT', 'beat', 'action', 'verb', 0.85, String.raw`\bbeat\s+up\b|\bbeaten\b|\b(?:tortured|torture)\b`],
  ['ASSAULT', 'primitive', 'action', 'verb', 0.8, String.raw`\b(?:attacked|attack|attacks|stormed|ambushed|massacred)\b`],
  [
    'ASSAULT',
    'deport',
    'action',
    'verb',
    0.8,
    String.raw`\b(?:forced\s+out|deported|drove\s+out|expelled\s+(?:\w+\s+){0,3}?(?:refugees|residents|civilians|families))\b`,
    ['forced', 'deported', 'drove', 'expelled'],
  ],
];

/** The compiled lexicon; patterns are compiled once at load. */
/** Patterns that spell out their own case ("[Hh]osted ... [A-Z]"): compiled without the i flag. */
const CASE_SENSITIVE = /\[[A-Z][a-z]\]/;

/**
 * The first words of a pattern that is an alternation of such `\b(?:w1|w2 ...)` branches,
 * each branch led by plain words; null when any branch starts otherwise.
 */
export function extractAnchors(source: string): string[] | null {
  const anchors: string[] = [];
  for (const branch of splitTopLevel(source)) {
    const body = branch.replace(/^\(\?<!(?:[^()]|\([^()]*\))*\)/, '');
    const group = /^\\b\(\?:([^()]*)\)/.exec(body);
    const alternatives = group ? (group[1] ?? '').split('|') : [body.replace(/^\\b/, '')];
    if (!group && !body.startsWith('\\b')) return null;
    for (const alt of alternatives) {
      const word = /^[a-z'-]+/.exec(alt)?.[0];
      // "sanctions?" or "riots?" would make the anchor optional: refuse, run the regex.
      if (!word || /^[[(?*+{]/.test(alt.slice(word.length))) return null;
      // The word scan (gates.ts) ends a word at an inner apostrophe: "won't" is found as "won".
      const cut = word.indexOf("'");
      anchors.push(cut > 0 ? word.slice(0, cut) : word);
    }
  }
  return anchors;
}

/** Anchored triggers by their first word, built once. */
export const TRIGGERS_BY_ANCHOR: ReadonlyMap<string, readonly TriggerSpec[]> = new Map();

/** Splits a regex source at its top-level `|`. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

export const TRIGGERS: readonly TriggerSpec[] = ROWS.map(([type, mode, role, pos, weight, source, gate]) => ({
  type,
  mode,
  role,
  pos,
  weight,
  pattern: new RegExp(source, CASE_SENSITIVE.test(source) ? 'g' : 'gi'),
  sticky: new RegExp(source, CASE_SENSITIVE.test(source) ? 'y' : 'iy'),
  anchors: CASE_SENSITIVE.test(source) ? null : extractAnchors(source),
  gate: gate ? defineGate(gate) : null,
}));

/** Base actions whose promise or plan PLOVER codes as AGREE (cooperative acts). */
export const COOPERATIVE_TYPES: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);

/** Base actions whose announced future PLOVER codes as THREATEN (hostile material acts). */
export const HOSTILE_TYPES: ReadonlySet<string> = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE', 'PROTEST']);

/** Speech acts: verbal types whose modality does not make them hypothetical. */
export const SPEECH_TYPES: ReadonlySet<string> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Types coded between parties without direction (all parties stand in `actors`). */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'COOPERATE']);

for (const spec of TRIGGERS) {
  for (const word of new Set(spec.anchors ?? [])) {
    const map = TRIGGERS_BY_ANCHOR as Map<string, TriggerSpec[]>;
    const list = map.get(word) ?? [];
    list.push(spec);
    map.set(word, list);
  }
}
