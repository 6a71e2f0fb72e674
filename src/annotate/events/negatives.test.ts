/**
 * Event-free news sentences (FICTION: the parties are invented, see fiction.ts): statements,
 * background and opinion that name states and people but report no political action. The
 * issue allows at most 5% of them to produce an event.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFictionEvents } from './fiction.js';

const QUIET: readonly string[] = [
  // background and description
  'Aldovia is a landlocked country of eleven million people.',
  'Borvania has the largest port on the northern coast.',
  'The border between Aldovia and Costera runs for four hundred kilometres.',
  'Relations between Velgrad and Ostrel have been difficult since the war of 2019.',
  'Aldovia and Borvania are the two biggest economies in the region.',
  'Costera gained independence from Borvania in 1961.',
  'The Aldovian economy grew by three percent last year.',
  'Mara Vell has been president of Aldovia since 2028.',
  'Tomas Quill, a former economist, leads the Borvanian government.',
  'Ines Harrow studied law in Maruna before entering politics.',
  'The Northern Compact has seven member states.',
  'Costera is not a member of the Northern Compact.',
  'Most Borvanians speak two languages.',
  'The Aldovian parliament has two chambers.',
  'The river is the main source of water for both Aldovia and Costera.',
  'Borvania exports grain, timber and fertiliser.',
  'Aldovian wine is popular in Costera.',
  'The dispute over the islands dates back to the nineteenth century.',
  'Inflation in Borvania reached nine percent in March.',
  'The capital, Velgrad, lies on the banks of the river.',
  // opinion and analysis
  'Analysts say relations between Aldovia and Borvania remain tense.',
  'Many Costerans believe the economy will recover slowly.',
  'Critics say the Aldovian budget is too optimistic.',
  'The editorial argued that Borvania faces a difficult winter.',
  'Observers describe the mood in Velgrad as cautious.',
  'It is unclear how the election will affect the economy of Costera.',
  'Experts expect the price of grain to rise in Borvania.',
  'Polls show that most Aldovians trust their parliament.',
  'The Borvanian press is divided on the new tax law.',
  'Economists warn of slower growth across the region.',
  // statements about internal matters
  'Mara Vell said the harvest had been the best in a decade.',
  'Tomas Quill told reporters that the new hospital would open in the autumn.',
  'Ines Harrow said she was proud of the national football team.',
  'The Aldovian health minister said the flu season had peaked.',
  'A Borvanian spokesman said the weather had delayed the repairs to the bridge.',
  'The Costeran central bank kept interest rates unchanged.',
  'The Aldovian statistics office published new population figures on Monday.',
  'Tomas Quill said the economy was the priority of his government.',
  'The Borvanian opposition party chose a new leader on Sunday.',
  'Mara Vell thanked the volunteers who cleaned the beaches.',
  // talk-like words with no political act
  'The festival in Maruna features talks by writers from Aldovia and Borvania.',
  'The conference call with investors lasted an hour, the company said.',
  'The museum in Velgrad hosts an exhibition of Borvanian paintings.',
  'The meeting room of the Aldovian parliament was renovated last year.',
  'The Costeran team will play against Borvania in the final.',
  'Students from Aldovia attended a summer school in Ostrel.',
  'A book about the history of Borvania was published this week.',
  'The Aldovian football coach criticised the referee after the match.',
  'The summit of the highest mountain in Costera is covered in snow.',
  'Heavy rain hit the coast of Borvania on Tuesday.',
  // procedure, schedules and numbers
  'The Aldovian parliament will debate the budget in November.',
  'Voters in Costera will elect a new parliament in the spring.',
  'The Borvanian census is held every ten years.',
  'Trade between Aldovia and Costera reached four billion crowns last year.',
  'The new railway will link Velgrad and Ostrel by 2035.',
  'The Aldovian government owns a majority of the national airline.',
  'The Borvanian currency weakened against the dollar.',
  'Costera has the lowest unemployment rate in the region.',
  'The population of Ostrel has doubled since 1990.',
  'Aldovian farmers expect a good harvest this year.',
  'Tourism accounts for a tenth of the Costeran economy.',
  'Mara Vell celebrated her sixtieth birthday on Saturday.',
];

test(`event-free sentences: at most 5% of ${QUIET.length} produce an event`, () => {
  assert.ok(QUIET.length >= 60);
  const noisy = QUIET.map((s) => [s, findFictionEvents(s)] as const).filter(([, events]) => events.length > 0);
  const lines = noisy.map(([s, events]) => `${s} → ${events.map((e) => `${e.type}/${e.status}`).join(', ')}`);
  console.log(`event-free sentences producing an event: ${noisy.length}/${QUIET.length}${lines.length ? `\n${lines.join('\n')}` : ''}`);
  assert.ok(noisy.length <= Math.floor(QUIET.length * 0.05), lines.join('\n'));
});
