// Renders template cases with Microsoft's adaptivecards-templating 2.3.1 (installed in tests/node), the oracle our C#
// engine is compared with (TemplateParityTests). All cases in one process, for speed:
//
//   node tests/TraineeBot.UnitTests/Cards/render-templates.mjs < cases.json
//
// stdin:  { "cases": [ { "name": "...", "template": <any JSON>, "data": <any JSON> }, ... ] }
// stdout: { "package": "adaptivecards-templating@2.3.1", "results": { "<name>": { "output": <JSON> } | { "undefined": true } | { "error": "..." } } }
//
// Each case is `new Template(template).expand({ $root: data })`; an exception (at parse or at expand) is its "error".
// Exit codes: 0 rendered (whatever each case gave), 2 could not run (bad input, package missing).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const requireFromTools = createRequire(join(resolve(here, '..', '..', 'node'), 'package.json'));

function main() {
  const templating = requireFromTools('adaptivecards-templating');
  const version = requireFromTools('adaptivecards-templating/package.json').version;
  const input = JSON.parse(readFileSync(0, 'utf8'));
  if (!Array.isArray(input.cases)) {
    throw new Error('stdin must be { "cases": [...] }');
  }

  const results = {};
  for (const { name, template, data } of input.cases) {
    if (Object.prototype.hasOwnProperty.call(results, name)) {
      throw new Error(`Duplicate case name: ${name}`);
    }
    try {
      const output = new templating.Template(template).expand({ $root: data });
      results[name] = output === undefined ? { undefined: true } : { output };
    } catch (e) {
      results[name] = { error: String(e && e.message ? e.message : e) };
    }
  }
  return { package: `adaptivecards-templating@${version}`, results };
}

try {
  process.stdout.write(JSON.stringify(main()) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }) + '\n');
  process.exitCode = 2;
}
