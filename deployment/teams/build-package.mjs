#!/usr/bin/env node
// Builds the Teams app package: fills manifest.template.json and its language files (localization/) from the
// environment (and, for the app id, from an appsettings file), draws or takes the icons, validates everything
// against the official app manifest schemas shipped in the @microsoft/app-manifest npm package, and writes
// complaintbot-teams.zip.
//
//   npm ci && MICROSOFT_APP_ID=... BOT_DOMAIN=... COMPANY_NAME=... node build-package.mjs [--out dir] [--appsettings file]
//
// Exits 1 with every problem listed (missing values, schema errors, wrong icon sizes) and writes nothing then.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';
import { colorIcon, outlineIcon, pngSize } from './icons.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const PACKAGE_NAME = 'complaintbot-teams.zip';

/** Every placeholder: where its value comes from, and its default when it has one. */
const PLACEHOLDERS = {
  MICROSOFT_APP_ID: { help: 'the bot\'s MicrosoftAppId (the Bicep output microsoftAppId)', appsetting: 'MicrosoftAppId' },
  TEAMS_APP_ID: { help: 'the Teams app id (a GUID)', fallback: 'MICROSOFT_APP_ID' },
  BOT_DOMAIN: { help: 'the bot\'s host name, e.g. complaintbot-abc123.azurewebsites.net (the Bicep output botDomain)' },
  COMPANY_NAME: { help: 'your organisation\'s name (at most 32 characters)' },
  COMPANY_WEBSITE_URL: { help: 'https URL of your support website' },
  PRIVACY_URL: { help: 'https URL of your privacy statement' },
  TERMS_OF_USE_URL: { help: 'https URL of your terms of use' },
  BOT_SHORT_NAME: { help: 'the app name in Teams (at most 30 characters)', default: 'ComplaintBot' },
  APP_VERSION: { help: 'the package version; raise it for every upload', default: '1.0.0' },
  ACCENT_COLOR: { help: 'the icon background colour, #RRGGBB', default: '#0F6CBD' },
};

/** Resolves each placeholder from the environment, the appsettings file, a fallback placeholder or a default. */
export function resolveValues(env, appsettings) {
  const values = {};
  const problems = [];
  for (const [name, spec] of Object.entries(PLACEHOLDERS)) {
    const value = env[name]?.trim()
      || (spec.appsetting ? appsettings?.[spec.appsetting]?.trim() : undefined)
      || (spec.fallback ? values[spec.fallback] : undefined)
      || spec.default;
    if (value) {
      values[name] = value;
    } else if (!spec.fallback) {
      problems.push(`${name} is not set: ${spec.help}.`);
    }
  }
  if (values.BOT_DOMAIN && !/^[a-z0-9.-]+(:\d+)?$/i.test(values.BOT_DOMAIN)) {
    problems.push(`BOT_DOMAIN must be a bare host name such as complaintbot-abc123.azurewebsites.net (no https:// and no path), not "${values.BOT_DOMAIN}".`);
  }
  return { values, problems };
}

/** Replaces {{NAME}} in every string of the template (JSON-safe: values are never spliced into raw text). */
export function fillTemplate(template, values) {
  const unknown = new Set();
  const fill = (node) => {
    if (typeof node === 'string') {
      return node.replace(/\{\{([A-Z0-9_]+)\}\}/g, (match, name) => {
        if (values[name] === undefined) {
          unknown.add(name);
          return match;
        }
        return values[name];
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  const manifest = fill(template);
  return { manifest, problems: [...unknown].map((name) => `The template uses {{${name}}}, which has no value.`) };
}

/**
 * Validates a manifest (schemaFile MicrosoftTeams.schema.json) or a language file
 * (MicrosoftTeams.Localization.schema.json) against the official schema of the manifest's manifestVersion.
 */
export function validateAgainstSchema(document, manifestVersion, schemaFile, label) {
  const version = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  let schemaPath;
  try {
    schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/${version}/${schemaFile}`);
  } catch {
    return [`No official ${schemaFile} for manifestVersion "${manifestVersion}" in @microsoft/app-manifest.`];
  }
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The official schemas write some patterns for JavaScript's non-unicode RegExp syntax (a lone ']').
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  const detail = (e) => (e.keyword === 'additionalProperties' || e.keyword === 'enum' ? ` ${JSON.stringify(e.params)}` : '');
  return validate.errors.map((e) => `${label}${e.instancePath || ''} ${e.message}${detail(e)}`);
}

/** The manifest's language files from localization/, filled and validated: [{ file, document, problems }]. */
function languageFiles(manifest, values) {
  return (manifest.localizationInfo?.additionalLanguages ?? []).map(({ file }) => {
    const template = JSON.parse(readFileSync(join(here, 'localization', file), 'utf8'));
    const filled = fillTemplate(template, values);
    const problems = filled.problems.length > 0
      ? filled.problems
      : validateAgainstSchema(filled.manifest, manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json', file);
    return { file, document: filled.manifest, problems };
  });
}

function loadIcon(envPath, draw, expected, label) {
  const bytes = envPath ? readFileSync(resolve(envPath)) : draw();
  let size;
  try {
    size = pngSize(bytes);
  } catch {
    return { bytes, problem: `The ${label} icon ${envPath} is not a PNG file.` };
  }
  const problem = size.width === expected && size.height === expected
    ? undefined
    : `The ${label} icon must be ${expected}x${expected} pixels; ${envPath ?? 'it'} is ${size.width}x${size.height}.`;
  return { bytes, problem };
}

export function buildPackage({ env, appsettings }) {
  const { values, problems } = resolveValues(env, appsettings);
  const template = JSON.parse(readFileSync(join(here, 'manifest.template.json'), 'utf8'));
  const filled = fillTemplate(template, values);
  // A placeholder already reported as missing is not reported twice.
  problems.push(...filled.problems.filter((p) => !Object.keys(PLACEHOLDERS).some((name) => p.includes(`{{${name}}}`))));
  const languages = problems.length === 0 ? languageFiles(filled.manifest, values) : [];
  if (problems.length === 0) {
    problems.push(...validateAgainstSchema(filled.manifest, filled.manifest.manifestVersion, 'MicrosoftTeams.schema.json', 'manifest'));
    problems.push(...languages.flatMap((language) => language.problems));
  }
  const color = loadIcon(env.TEAMS_COLOR_ICON, () => colorIcon(values.ACCENT_COLOR ?? PLACEHOLDERS.ACCENT_COLOR.default), 192, 'colour');
  const outline = loadIcon(env.TEAMS_OUTLINE_ICON, outlineIcon, 32, 'outline');
  problems.push(...[color.problem, outline.problem].filter(Boolean));
  if (problems.length > 0) return { problems };
  const fixedTime = new Date('2000-01-01T00:00:00Z'); // the same inputs give the same bytes
  const zip = zipSync({
    'manifest.json': [Buffer.from(JSON.stringify(filled.manifest, null, 2) + '\n'), { mtime: fixedTime }],
    [filled.manifest.icons.color]: [color.bytes, { mtime: fixedTime }],
    [filled.manifest.icons.outline]: [outline.bytes, { mtime: fixedTime }],
    ...Object.fromEntries(languages.map(({ file, document }) => [file, [Buffer.from(JSON.stringify(document, null, 2) + '\n'), { mtime: fixedTime }]])),
  }, { level: 9 });
  return { problems, zip, manifest: filled.manifest };
}

function main() {
  const { values: args } = parseArgs({
    options: {
      out: { type: 'string', default: join(here, 'build') },
      appsettings: { type: 'string' },
    },
  });
  const appsettings = args.appsettings ? JSON.parse(readFileSync(resolve(args.appsettings), 'utf8')) : undefined;
  const result = buildPackage({ env: process.env, appsettings });
  if (result.problems.length > 0) {
    console.error('The Teams package was not built:');
    for (const problem of result.problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  mkdirSync(resolve(args.out), { recursive: true });
  const target = join(resolve(args.out), PACKAGE_NAME);
  writeFileSync(target, result.zip);
  console.log(`Wrote ${target} (Teams app ${result.manifest.id}, bot ${result.manifest.bots[0].botId}, manifest ${result.manifest.manifestVersion} and its language files valid against the official schema).`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
