// Parses rendered Adaptive Cards with Microsoft's adaptivecards 3.0.6 (installed in tests/node) the way a Teams bot
// card must pass: schema version 1.5 as the target, the element types of 1.5 except Media, and only the actions Teams
// supports for bots. Used by CardSchemaTests; also handy by hand:
//
//   node tests/TraineeBot.UnitTests/Cards/validate-cards.mjs < cards.json
//
// stdin:  { "cards": [ { "name": "...", "card": { "type": "AdaptiveCard", ... } }, ... ] }
// stdout: { "package": "adaptivecards@3.0.6", "elementTypes": [...], "actionTypes": [...],
//           "results": { "<name>": { "events": [ { "phase": "Parse", "event": "UnknownElementType", "message": "..." } ] } } }
//
// Every parse event (SerializationContext) and validation event (card.validateProperties()) is reported: a card that
// Teams will show as written has none. Exit codes: 0 checked (whatever the cards gave), 2 could not run.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const requireFromTools = createRequire(join(resolve(here, '..', '..', 'node'), 'package.json'));

/** What Teams renders in bot cards: Adaptive Cards 1.5 without Media, and these actions. */
const EXCLUDED_ELEMENTS = ['Media'];
const ALLOWED_ACTIONS = ['Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility', 'Action.Execute'];

function main() {
  // The UMD bundle: the package's ESM lib/ build does not resolve under Node.
  const AC = requireFromTools('adaptivecards/dist/adaptivecards.js');
  const version = requireFromTools('adaptivecards/package.json').version;
  const input = JSON.parse(readFileSync(0, 'utf8'));
  if (!Array.isArray(input.cards)) {
    throw new Error('stdin must be { "cards": [...] }');
  }

  const elements = new AC.CardObjectRegistry();
  AC.GlobalRegistry.populateWithDefaultElements(elements);
  for (const type of EXCLUDED_ELEMENTS) {
    elements.unregister(type);
  }
  const actions = new AC.CardObjectRegistry();
  AC.GlobalRegistry.populateWithDefaultActions(actions);
  for (const type of Object.keys(actions._items ?? {})) {
    if (!ALLOWED_ACTIONS.includes(type)) {
      actions.unregister(type);
    }
  }

  const describe = (e) => ({
    phase: AC.ValidationPhase[e.phase],
    event: AC.ValidationEvent[e.event],
    message: e.message,
  });

  const results = {};
  for (const { name, card } of input.cards) {
    // Elements newer than the target version (Carousel is 1.6) are unknown to this context, as to Teams' 1.5 renderer.
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    context.setElementRegistry(elements);
    context.setActionRegistry(actions);
    const parsed = new AC.AdaptiveCard();
    parsed.parse(card, context);
    const events = [];
    for (let i = 0; i < context.eventCount; i++) {
      events.push(describe(context.getEventAt(i)));
    }
    for (const e of parsed.validateProperties().validationEvents) {
      events.push(describe(e));
    }
    results[name] = { events };
  }

  return {
    package: `adaptivecards@${version}`,
    elementTypes: Object.keys(elements._items ?? {}).filter((t) => elements.createInstance(t, AC.Versions.v1_5)),
    actionTypes: Object.keys(actions._items ?? {}),
    results,
  };
}

try {
  process.stdout.write(JSON.stringify(main()) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }) + '\n');
  process.exitCode = 2;
}
