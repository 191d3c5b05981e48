// Validates a Teams app manifest, and the localization files it names, against the JSON schemas that ship in
// @microsoft/app-manifest (tests/node). Used by ManifestSchemaTests; also handy by hand:
//
//   node tests/TraineeBot.UnitTests/Manifest/validate-manifest.mjs manifest/build/manifest.json [--schema-version 1.30]
//
// Without --schema-version the version is read from the manifest's "$schema" URL (.../teams/vX.Y/...).
// Localization files (localizationInfo.defaultLanguageFile and additionalLanguages[].file) are resolved next to the
// manifest and checked against MicrosoftTeams.Localization.schema.json of the same version.
//
// Prints one JSON object on stdout: { valid, schemaVersion, results: [{ file, schema, valid, errors }] }.
// Exit codes: 0 valid, 1 invalid, 2 could not validate (bad arguments, missing file or schema, unreadable JSON).

import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const nodeTools = resolve(here, '..', '..', 'node');
const requireFromTools = createRequire(join(nodeTools, 'package.json'));

class CannotValidate extends Error {}

function fail(message) {
  throw new CannotValidate(message);
}

function readJson(path) {
  if (!existsSync(path)) {
    fail(`File not found: ${path}`);
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`Not valid JSON: ${path}: ${e.message}`);
  }
}

function main(args) {
  let manifestPath;
  let schemaVersion;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--schema-version') {
      schemaVersion = args[++i];
      if (!/^\d+\.\d+$/.test(schemaVersion ?? '')) {
        fail(`--schema-version wants a version such as 1.30, not ${JSON.stringify(schemaVersion)}`);
      }
    } else if (!manifestPath) {
      manifestPath = resolve(args[i]);
    } else {
      fail(`Unexpected argument: ${args[i]}`);
    }
  }
  if (!manifestPath) {
    fail('Usage: node validate-manifest.mjs <manifest.json> [--schema-version X.Y]');
  }

  let manifestModule;
  try {
    manifestModule = dirname(requireFromTools.resolve('@microsoft/app-manifest/package.json'));
  } catch {
    fail(`@microsoft/app-manifest is not installed under ${nodeTools}; run npm ci there.`);
  }
  // The Teams schemas declare draft-04, which Ajv 8 handles through ajv-draft-04: the same validator
  // @microsoft/app-manifest itself uses (it is that package's dependency, so resolve it from there).
  const Ajv04 = createRequire(join(manifestModule, 'package.json'))('ajv-draft-04');
  const addFormats = requireFromTools('ajv-formats');

  const manifest = readJson(manifestPath);
  if (!schemaVersion) {
    const match = /\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? '');
    if (!match) {
      fail(`Cannot tell the schema version from "$schema": ${JSON.stringify(manifest.$schema)}; pass --schema-version.`);
    }
    schemaVersion = match[1];
  }

  const schemaDir = join(manifestModule, 'build', 'json-schemas', 'teams', `v${schemaVersion}`);

  function validator(schemaFile, options) {
    const schemaPath = join(schemaDir, schemaFile);
    const schema = readJson(schemaPath);
    // strictTypes off, as in @microsoft/app-manifest: the schemas use "additionalProperties" without "type".
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, ...options });
    addFormats(ajv);
    return { schemaPath, validate: ajv.compile(schema) };
  }

  function check(file, data, { schemaPath, validate }) {
    const valid = validate(data);
    return { file, schema: schemaPath, valid, errors: valid ? [] : validate.errors };
  }

  const results = [check(manifestPath, manifest, validator('MicrosoftTeams.schema.json'))];

  const info = manifest.localizationInfo ?? {};
  const localizationFiles = [
    ...(info.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(Array.isArray(info.additionalLanguages) ? info.additionalLanguages.map((l) => l.file) : []),
  ].filter((f) => typeof f === 'string');
  if (localizationFiles.length > 0) {
    // The Localization schema has a pattern ("\b]") that is not a valid Unicode-mode regular expression.
    const localization = validator('MicrosoftTeams.Localization.schema.json', { unicodeRegExp: false });
    for (const file of localizationFiles) {
      const path = resolve(dirname(manifestPath), file);
      results.push(check(path, readJson(path), localization));
    }
  }

  const valid = results.every((r) => r.valid);
  return { valid, schemaVersion, results };
}

// Exit codes through process.exitCode, not process.exit(), so that piped output is never cut short.
try {
  const outcome = main(process.argv.slice(2));
  process.stdout.write(JSON.stringify(outcome, null, 2) + '\n');
  process.exitCode = outcome.valid ? 0 : 1;
} catch (e) {
  process.stdout.write(JSON.stringify({ valid: false, error: e.message }, null, 2) + '\n');
  process.exitCode = 2;
  if (!(e instanceof CannotValidate)) {
    process.stderr.write(`${e.stack}\n`);
  }
}
