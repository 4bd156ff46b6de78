#!/usr/bin/env node
// Quality gate for the seed catalogue (Node 20, no packages).
//
//   node seed-data/check.mjs            check every file, print a summary, exit 1 on any problem
//   node seed-data/check.mjs --quiet    print problems only
//
// 1. Validates every data file against its JSON Schema with a small validator that implements exactly the
//    keyword subset the schemas promise (README.md, "Schemas"); an unknown keyword in a schema is itself a problem.
// 2. Checks what a schema cannot say: unique codes, cross-file references, the org-unit tree, session dates,
//    transitions, segregation-of-duties pairs, and the content rules of the catalogue (8-15 requirements per role,
//    5-8 responsibilities, every required skill level reachable through the learning catalogue, ...).
// people.json is checked too when it exists (it is generated on another branch).

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const quiet = process.argv.includes('--quiet');
const TODAY = '2026-11-21'; // sessions must start after this date

const problems = [];
const notes = [];
const problem = (file, path, message) => problems.push(`${file}: ${path}: ${message}`);
const note = (message) => notes.push(message);

// ------------------------------------------------------------------------------------------------ schema validator

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description']);
const KEYWORDS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'uniqueItems', 'enum',
  'const', 'minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'maxLength', 'pattern', 'format', '$ref', 'oneOf',
]);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);
const FORMATS = new Set(['date', 'uri', 'email', 'uuid']);

// Checks that a schema only uses the promised subset; returns nothing, records problems.
function lintSchema(file, schema, path = '#') {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    problem(file, path, 'a schema must be an object');
    return;
  }
  for (const [key, value] of Object.entries(schema)) {
    const at = `${path}/${key}`;
    if (ANNOTATIONS.has(key)) {
      if (key === '$defs') for (const [name, sub] of Object.entries(value)) lintSchema(file, sub, `${at}/${name}`);
      continue;
    }
    if (!KEYWORDS.has(key)) { problem(file, at, `keyword "${key}" is outside the promised subset`); continue; }
    switch (key) {
      case 'type':
        if (typeof value !== 'string' || !TYPES.has(value)) problem(file, at, 'type must be one type name (no arrays)');
        break;
      case 'properties':
        for (const [name, sub] of Object.entries(value)) lintSchema(file, sub, `${at}/${name}`);
        break;
      case 'items':
        lintSchema(file, value, at);
        break;
      case 'oneOf':
        if (!Array.isArray(value) || value.length < 2) problem(file, at, 'oneOf needs at least two schemas');
        else value.forEach((sub, i) => lintSchema(file, sub, `${at}/${i}`));
        break;
      case 'additionalProperties':
        if (value !== false) problem(file, at, 'additionalProperties must be false');
        break;
      case '$ref':
        if (typeof value !== 'string' || !value.startsWith('#/$defs/')) problem(file, at, '$ref must point into #/$defs');
        break;
      case 'format':
        if (!FORMATS.has(value)) problem(file, at, `unknown format "${value}"`);
        break;
      case 'pattern':
        try { new RegExp(value, 'u'); } catch (e) { problem(file, at, `invalid pattern: ${e.message}`); }
        break;
      default:
        break;
    }
  }
  if (schema.type === 'object' && schema.properties && schema.additionalProperties !== false) {
    problem(file, path, 'objects must say additionalProperties: false');
  }
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const canonical = (v) => JSON.stringify(v, (k, x) => (isObject(x)
  ? Object.fromEntries(Object.keys(x).sort().map((key) => [key, x[key]]))
  : x));
const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function validDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
function validUri(s) {
  try { const u = new URL(s); return /^[a-z][a-z0-9+.-]*:$/i.test(u.protocol); } catch { return false; }
}
const FORMAT_CHECKS = {
  date: validDate,
  uri: validUri,
  email: (s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
};

const childPath = (path, key) => (typeof key === 'number'
  ? `${path}[${key}]`
  : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

// Returns a list of [path, message]; empty when valid.
function validate(root, schema, value, path = '$') {
  const errors = [];
  if (schema.$ref) {
    const name = schema.$ref.slice('#/$defs/'.length);
    const target = root.$defs?.[name];
    if (!target) return [[path, `unresolvable $ref ${schema.$ref}`]];
    errors.push(...validate(root, target, value, path));
  }
  if (schema.oneOf) {
    const matches = schema.oneOf.filter((sub) => validate(root, sub, value, path).length === 0).length;
    if (matches !== 1) errors.push([path, matches === 0 ? 'matches none of the allowed shapes (oneOf)' : 'matches more than one allowed shape (oneOf)']);
  }
  if (schema.type) {
    const t = typeOf(value);
    const ok = schema.type === 'integer' ? Number.isInteger(value) : schema.type === t;
    if (!ok) { errors.push([path, `expected ${schema.type}, found ${t}`]); return errors; }
  }
  if ('const' in schema && canonical(schema.const) !== canonical(value)) errors.push([path, `must be ${JSON.stringify(schema.const)}`]);
  if (schema.enum && !schema.enum.some((e) => canonical(e) === canonical(value))) {
    errors.push([path, `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`]);
  }
  if (typeof value === 'number') {
    if ('minimum' in schema && value < schema.minimum) errors.push([path, `must be >= ${schema.minimum}`]);
    if ('maximum' in schema && value > schema.maximum) errors.push([path, `must be <= ${schema.maximum}`]);
    if ('exclusiveMinimum' in schema && value <= schema.exclusiveMinimum) errors.push([path, `must be > ${schema.exclusiveMinimum}`]);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if ('minLength' in schema && length < schema.minLength) errors.push([path, `shorter than ${schema.minLength} characters`]);
    if ('maxLength' in schema && length > schema.maxLength) errors.push([path, `longer than ${schema.maxLength} characters`]);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push([path, `does not match ${schema.pattern}`]);
    if (schema.format && !FORMAT_CHECKS[schema.format](value)) errors.push([path, `is not a valid ${schema.format}`]);
  }
  if (Array.isArray(value)) {
    if ('minItems' in schema && value.length < schema.minItems) errors.push([path, `needs at least ${schema.minItems} items`]);
    if ('maxItems' in schema && value.length > schema.maxItems) errors.push([path, `allows at most ${schema.maxItems} items`]);
    if (schema.uniqueItems) {
      const seen = new Map();
      value.forEach((item, i) => {
        const key = canonical(item);
        if (seen.has(key)) errors.push([childPath(path, i), `duplicates item ${seen.get(key)}`]);
        else seen.set(key, i);
      });
    }
    if (schema.items) value.forEach((item, i) => errors.push(...validate(root, schema.items, item, childPath(path, i))));
  }
  if (isObject(value)) {
    for (const name of schema.required ?? []) if (!(name in value)) errors.push([path, `missing required property "${name}"`]);
    for (const [name, item] of Object.entries(value)) {
      const sub = schema.properties?.[name];
      if (sub) errors.push(...validate(root, sub, item, childPath(path, name)));
      else if (schema.additionalProperties === false) errors.push([childPath(path, name), 'is not allowed here']);
    }
  }
  return errors;
}

// ------------------------------------------------------------------------------------------------ load files

const FILES = [
  ['skills', 'skills'],
  ['certifications', 'certifications'],
  ['roles', 'roles'],
  ['transitions', 'transitions'],
  ['learning-offerings', 'offerings'],
  ['segregation-of-duties', 'rules'],
  ['org-units', 'orgUnits'],
  ['people', 'people'],
];
const data = {};
for (const [name, key] of FILES) {
  const file = `${name}.json`;
  const schemaFile = `schemas/${name}.schema.json`;
  let schema;
  try { schema = JSON.parse(readFileSync(join(here, schemaFile), 'utf8')); } catch (e) {
    problem(schemaFile, '#', `cannot read schema: ${e.message}`);
    continue;
  }
  lintSchema(schemaFile, schema);
  if (!schema.$id) problem(schemaFile, '#', 'missing $id');
  if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') problem(schemaFile, '#', 'must declare draft 2020-12');
  const dataPath = join(here, file);
  if (!existsSync(dataPath)) {
    if (name === 'people') { note('people.json not present (generated on the data branch): skipped'); continue; }
    problem(file, '$', 'file is missing');
    continue;
  }
  const text = readFileSync(dataPath, 'utf8');
  let doc;
  try { doc = JSON.parse(text); } catch (e) { problem(file, '$', `not valid JSON: ${e.message}`); continue; }
  if (name !== 'people' && text !== `${JSON.stringify(doc, null, 2)}\n`) problem(file, '$', 'not pretty-printed with a 2-space indent and a final newline');
  for (const [path, message] of validate(schema, schema, doc)) problem(file, path, message);
  data[name] = Array.isArray(doc?.[key]) ? doc[key] : [];
}

// ------------------------------------------------------------------------------------------------ cross-file checks

const skills = data.skills ?? [];
const certifications = data.certifications ?? [];
const roles = data.roles ?? [];
const transitions = data.transitions ?? [];
const offerings = data['learning-offerings'] ?? [];
const rules = data['segregation-of-duties'] ?? [];
const orgUnits = data['org-units'] ?? [];
const people = data.people;

function uniqueCodes(file, items, key, label) {
  const seen = new Map();
  items.forEach((item, i) => {
    const code = item?.[key];
    if (typeof code !== 'string') return;
    if (seen.has(code)) problem(file, `$.${label}[${i}].${key}`, `"${code}" repeats ${label}[${seen.get(code)}]`);
    else seen.set(code, i);
  });
  return new Set(seen.keys());
}
const skillCodes = uniqueCodes('skills.json', skills, 'code', 'skills');
const certCodes = uniqueCodes('certifications.json', certifications, 'code', 'certifications');
const roleCodes = uniqueCodes('roles.json', roles, 'code', 'roles');
const offeringCodes = uniqueCodes('learning-offerings.json', offerings, 'code', 'offerings');
uniqueCodes('segregation-of-duties.json', rules, 'code', 'rules');
const unitCodes = uniqueCodes('org-units.json', orgUnits, 'code', 'orgUnits');
uniqueCodes('skills.json', skills, 'name', 'skills');
uniqueCodes('roles.json', roles, 'name', 'roles');
uniqueCodes('certifications.json', certifications, 'name', 'certifications');

const need = (file, path, set, code, what) => {
  if (typeof code === 'string' && !set.has(code)) problem(file, path, `unknown ${what} "${code}"`);
};

// skills: no copy-pasted descriptors
{
  const seen = new Map();
  skills.forEach((s, i) => {
    const texts = Object.values(s.levels ?? {});
    if (new Set(texts).size !== texts.length) problem('skills.json', `$.skills[${i}].levels`, 'two levels share the same descriptor');
    for (const [level, text] of Object.entries(s.levels ?? {})) {
      if (seen.has(text)) problem('skills.json', `$.skills[${i}].levels["${level}"]`, `same descriptor as ${seen.get(text)}`);
      else seen.set(text, `${s.code} level ${level}`);
    }
  });
}

// certifications
certifications.forEach((c, i) => {
  const at = `$.certifications[${i}]`;
  const evidenced = new Set();
  (c.evidences ?? []).forEach((e, j) => {
    need('certifications.json', `${at}.evidences[${j}].skill`, skillCodes, e.skill, 'skill');
    if (evidenced.has(e.skill)) problem('certifications.json', `${at}.evidences[${j}]`, `skill "${e.skill}" listed twice`);
    evidenced.add(e.skill);
  });
  if (!offerings.some((o) => o.certification === c.code)) problem('certifications.json', at, `no learning offering prepares for "${c.code}"`);
});

// roles
roles.forEach((r, i) => {
  const at = `$.roles[${i}]`;
  const n = r.requirements?.length ?? 0;
  if (n < 8 || n > 15) problem('roles.json', `${at}.requirements`, `${n} requirements; a role needs 8-15`);
  const m = r.responsibilities?.length ?? 0;
  if (m < 5 || m > 8) problem('roles.json', `${at}.responsibilities`, `${m} responsibilities; the catalogue uses 5-8`);
  if (!(r.sources?.length > 0)) problem('roles.json', `${at}.sources`, 'a role needs at least one source');
  const required = new Set();
  (r.requirements ?? []).forEach((q, j) => {
    need('roles.json', `${at}.requirements[${j}].skill`, skillCodes, q.skill, 'skill');
    if (required.has(q.skill)) problem('roles.json', `${at}.requirements[${j}]`, `skill "${q.skill}" required twice`);
    required.add(q.skill);
  });
  if (!(r.requirements ?? []).some((q) => q.essential)) problem('roles.json', `${at}.requirements`, 'no essential requirement');
  const listed = new Set();
  (r.certifications ?? []).forEach((g, j) => (g.anyOf ?? []).forEach((c, k) => {
    need('roles.json', `${at}.certifications[${j}].anyOf[${k}]`, certCodes, c, 'certification');
    if (listed.has(c)) problem('roles.json', `${at}.certifications[${j}].anyOf[${k}]`, `certification "${c}" appears in two groups`);
    listed.add(c);
  }));
});

// transitions
{
  const pairs = new Map();
  transitions.forEach((t, i) => {
    const at = `$.transitions[${i}]`;
    need('transitions.json', `${at}.from`, roleCodes, t.from, 'role');
    need('transitions.json', `${at}.to`, roleCodes, t.to, 'role');
    if (t.from === t.to) problem('transitions.json', at, `self-loop on "${t.from}"`);
    const key = `${t.from} -> ${t.to}`;
    if (pairs.has(key)) problem('transitions.json', at, `${key} repeats transitions[${pairs.get(key)}]`);
    else pairs.set(key, i);
  });
}

// learning offerings
{
  const sessionCodes = new Map();
  offerings.forEach((o, i) => {
    const at = `$.offerings[${i}]`;
    if (o.certification !== undefined) need('learning-offerings.json', `${at}.certification`, certCodes, o.certification, 'certification');
    if (o.kind === 'certification-preparation' && o.certification === undefined) problem('learning-offerings.json', at, 'certification preparation must name its certification');
    if (o.kind !== 'certification-preparation' && o.certification !== undefined) problem('learning-offerings.json', at, 'only certification preparation names a certification');
    const covered = new Set();
    (o.covers ?? []).forEach((c, j) => {
      need('learning-offerings.json', `${at}.covers[${j}].skill`, skillCodes, c.skill, 'skill');
      if (covered.has(c.skill)) problem('learning-offerings.json', `${at}.covers[${j}]`, `skill "${c.skill}" covered twice`);
      covered.add(c.skill);
    });
    const s = o.sessions?.length ?? 0;
    if (s < 1 || s > 4) problem('learning-offerings.json', `${at}.sessions`, `${s} sessions; the catalogue uses 1-4`);
    (o.sessions ?? []).forEach((session, j) => {
      const sat = `${at}.sessions[${j}]`;
      if (sessionCodes.has(session.code)) problem('learning-offerings.json', `${sat}.code`, `"${session.code}" repeats ${sessionCodes.get(session.code)}`);
      else sessionCodes.set(session.code, sat);
      if (typeof session.starts === 'string' && typeof session.ends === 'string') {
        if (session.ends < session.starts) problem('learning-offerings.json', sat, `ends ${session.ends} before it starts ${session.starts}`);
        if (session.starts <= TODAY) problem('learning-offerings.json', `${sat}.starts`, `${session.starts} is not after ${TODAY}`);
      }
    });
    if (o.cost && o.cost.currency !== 'EUR') note(`${o.code}: cost in ${o.cost.currency}, not EUR`);
  });
}

// every role requirement reachable through the learning catalogue
{
  const best = new Map();
  for (const o of offerings) for (const c of o.covers ?? []) best.set(c.skill, Math.max(best.get(c.skill) ?? 0, c.toLevel));
  roles.forEach((r, i) => (r.requirements ?? []).forEach((q, j) => {
    const reach = best.get(q.skill) ?? 0;
    if (reach < q.level) {
      problem('roles.json', `$.roles[${i}].requirements[${j}]`,
        `"${r.code}" needs ${q.skill} at ${q.level}, but no offering reaches beyond ${reach}`);
    }
  }));
  const unused = [...skillCodes].filter((c) => !roles.some((r) => (r.requirements ?? []).some((q) => q.skill === c)));
  if (unused.length) note(`skills no role requires: ${unused.join(', ')}`);
}

// segregation of duties
{
  const seen = new Map();
  rules.forEach((rule, i) => {
    const at = `$.rules[${i}]`;
    for (const side of ['first', 'second']) if (rule[side]?.role !== undefined) need('segregation-of-duties.json', `${at}.${side}.role`, roleCodes, rule[side].role, 'role');
    const a = canonical(rule.first);
    const b = canonical(rule.second);
    if (a === b) problem('segregation-of-duties.json', at, 'first and second are the same');
    const key = [a, b].sort().join(' | ');
    if (seen.has(key)) problem('segregation-of-duties.json', at, `same pair as rules[${seen.get(key)}]`);
    else seen.set(key, i);
    // a role rule must not repeat what a family rule already forbids
    const byFamily = (side, other) => rule[side]?.role && rule[other]?.family;
    if (byFamily('first', 'second') || byFamily('second', 'first')) return;
    const family = (r) => roles.find((x) => x.code === r)?.family;
    rules.forEach((otherRule, k) => {
      if (k === i) return;
      const fams = [otherRule.first, otherRule.second];
      for (const [x, y] of [[rule.first, rule.second], [rule.second, rule.first]]) {
        if (x?.role && y?.role && fams.some((f) => f?.role === x.role) && fams.some((f) => f?.family && f.family === family(y.role))) {
          problem('segregation-of-duties.json', at, `already implied by rules[${k}]`);
        }
      }
    });
  });
}

// org units: one tree, parents first
{
  const roots = orgUnits.filter((u) => u.parent === null);
  if (roots.length !== 1) problem('org-units.json', '$.orgUnits', `${roots.length} roots; the tree needs exactly one`);
  const position = new Map(orgUnits.map((u, i) => [u.code, i]));
  orgUnits.forEach((u, i) => {
    if (u.parent === null) return;
    need('org-units.json', `$.orgUnits[${i}].parent`, unitCodes, u.parent, 'org unit');
    if (position.has(u.parent) && position.get(u.parent) > i) problem('org-units.json', `$.orgUnits[${i}].parent`, 'parent must be listed before its children');
    const visited = new Set([u.code]);
    let p = u.parent;
    while (p !== null && p !== undefined && position.has(p)) {
      if (visited.has(p)) { problem('org-units.json', `$.orgUnits[${i}]`, 'cycle in the parent chain'); break; }
      visited.add(p);
      p = orgUnits[position.get(p)].parent;
    }
  });
}

// stable order as documented in README.md
{
  const sortedBy = (items, key) => items.every((x, i) => i === 0 || key(items[i - 1]) <= key(x));
  const cat = ['technical', 'business', 'leadership', 'knowledge'];
  const kind = ['certification-preparation', 'course', 'mentoring', 'stretch-assignment'];
  const pad = (n) => String(n).padStart(2, '0');
  if (!sortedBy(skills, (s) => `${pad(cat.indexOf(s.category))} ${s.code}`)) problem('skills.json', '$.skills', 'not ordered by category, then code');
  if (!sortedBy(certifications, (c) => c.code)) problem('certifications.json', '$.certifications', 'not ordered by code');
  if (!sortedBy(roles, (r) => r.code)) problem('roles.json', '$.roles', 'not ordered by code');
  if (!sortedBy(offerings, (o) => `${pad(kind.indexOf(o.kind))} ${o.code}`)) problem('learning-offerings.json', '$.offerings', 'not ordered by kind, then code');
}

// people.json (generated elsewhere), when present
if (people) {
  const numbers = uniqueCodes('people.json', people, 'employeeNumber', 'people');
  uniqueCodes('people.json', people, 'email', 'people');
  uniqueCodes('people.json', people, 'identityObjectId', 'people');
  people.forEach((p, i) => {
    const at = `$.people[${i}]`;
    need('people.json', `${at}.orgUnit`, unitCodes, p.orgUnit, 'org unit');
    need('people.json', `${at}.currentRole`, roleCodes, p.currentRole, 'role');
    if (p.manager !== null) need('people.json', `${at}.manager`, numbers, p.manager, 'employee');
    if (p.manager === p.employeeNumber) problem('people.json', `${at}.manager`, 'manages themself');
    (p.skills ?? []).forEach((s, j) => need('people.json', `${at}.skills[${j}].skill`, skillCodes, s.skill, 'skill'));
    (p.certifications ?? []).forEach((c, j) => {
      need('people.json', `${at}.certifications[${j}].certification`, certCodes, c.certification, 'certification');
      if (c.expires !== null && c.expires < c.earned) problem('people.json', `${at}.certifications[${j}]`, 'expires before it was earned');
    });
    (p.goals ?? []).forEach((g, j) => need('people.json', `${at}.goals[${j}]`, roleCodes, g, 'role'));
  });
}

// ------------------------------------------------------------------------------------------------ report

if (!quiet) {
  const reqCounts = roles.map((r) => r.requirements?.length ?? 0);
  const sessions = offerings.reduce((n, o) => n + (o.sessions?.length ?? 0), 0);
  const byKind = offerings.reduce((m, o) => ({ ...m, [o.kind]: (m[o.kind] ?? 0) + 1 }), {});
  console.log('Seed catalogue');
  console.log(`  skills                 ${skills.length}`);
  console.log(`  certifications         ${certifications.length}`);
  console.log(`  roles                  ${roles.length} (requirements per role ${Math.min(...reqCounts)}-${Math.max(...reqCounts)})`);
  console.log(`  transitions            ${transitions.length}`);
  console.log(`  learning offerings     ${offerings.length} (${Object.entries(byKind).map(([k, v]) => `${v} ${k}`).join(', ')}; ${sessions} sessions)`);
  console.log(`  segregation of duties  ${rules.length}`);
  console.log(`  org units              ${orgUnits.length}`);
  if (people) console.log(`  people                 ${people.length}`);
  for (const n of notes) console.log(`  note: ${n}`);
}
if (problems.length) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.log(`  ${p}`);
  process.exit(1);
}
if (!quiet) console.log('OK: every file matches its schema and every cross-reference and content rule holds.');
