// Loads the case corpora into protocol requests. File formats are described in README.md ("Case files").
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS_DIR = fileURLToPath(new URL('..', import.meta.url));
export const CASES_DIR = join(HARNESS_DIR, 'cases');

/** Reads a JSON-lines file; blank lines and lines starting with `#` (comments) are skipped. */
export function readJsonLines(path) {
  const out = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return;
      try {
        out.push({ value: JSON.parse(line), line: index + 1 });
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not JSON: ${error.message}`);
      }
    });
  return out;
}

const jsonlFiles = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : [];

function listFilesDeep(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFilesDeep(path, suffix) : name.endsWith(suffix) ? [path] : [];
    });
}

const sdlCache = new Map();
function readSdl(dir, name) {
  const path = join(dir, name);
  if (!sdlCache.has(path)) sdlCache.set(path, readFileSync(path, 'utf8'));
  return sdlCache.get(path);
}

/**
 * Validation cases: cases/validation/*.jsonl (hand-written) and cases/validation/generated/*.jsonl.
 * Each: { id, rule, valid, query, also?, schema? (file in cases/validation), sdl?, note? }.
 */
export function loadValidationCases(casesDir = CASES_DIR) {
  const dir = join(casesDir, 'validation');
  const files = [
    ...jsonlFiles(dir).map((f) => ({ path: f, origin: 'hand-written' })),
    ...jsonlFiles(join(dir, 'generated')).map((f) => ({ path: f, origin: 'generated' })),
  ];
  return files.flatMap(({ path, origin }) =>
    readJsonLines(path).map(({ value, line }) => ({
      id: value.id,
      op: 'validate',
      origin,
      source: `${relative(casesDir, path)}:${line}`,
      meta: value,
      request: { sdl: value.sdl ?? readSdl(dir, value.schema ?? 'schema.graphql'), query: value.query },
    })),
  );
}

/**
 * Execution cases: cases/execution/*.jsonl. Each: { id, feature, schema (file in cases/execution/schemas)
 * or sdl, query, rootValue, variables?, operationName?, errors (expected count), note? }.
 */
export function loadExecutionCases(casesDir = CASES_DIR) {
  const dir = join(casesDir, 'execution');
  return jsonlFiles(dir).flatMap((path) =>
    readJsonLines(path).map(({ value, line }) => {
      const request = {
        sdl: value.sdl ?? readSdl(join(dir, 'schemas'), value.schema),
        query: value.query,
        rootValue: value.rootValue ?? {},
      };
      if (value.variables !== undefined) request.variables = value.variables;
      if (value.operationName !== undefined) request.operationName = value.operationName;
      return {
        id: value.id,
        op: 'execute',
        origin: 'hand-written',
        source: `${relative(casesDir, path)}:${line}`,
        meta: value,
        request,
      };
    }),
  );
}

/**
 * Print cases: every file under cases/parser (the parser engineer's corpus, one document per file, may be
 * deliberately unparsable), plus every distinct document of the other corpora: queries and schemas.
 */
export function loadPrintCases(casesDir = CASES_DIR, others = []) {
  const parserDir = join(casesDir, 'parser');
  const cases = listFilesDeep(parserDir, '.graphql').map((path) => ({
    id: `parser/${relative(parserDir, path)}`,
    op: 'print',
    origin: 'parser corpus',
    source: relative(casesDir, path),
    meta: {},
    request: { source: readFileSync(path, 'utf8') },
  }));
  const seen = new Set(cases.map((c) => c.request.source));
  const add = (source, id, origin) => {
    if (typeof source !== 'string' || seen.has(source)) return;
    seen.add(source);
    cases.push({ id, op: 'print', origin, source: id, meta: {}, request: { source } });
  };
  for (const c of others) {
    add(c.request.query, `query of ${c.op === 'validate' ? 'validation' : 'execution'}/${c.id}`, 'corpus queries');
    add(c.request.sdl, `schema of ${c.op === 'validate' ? 'validation' : 'execution'}/${c.id}`, 'corpus schemas');
  }
  return cases;
}

/** All three corpora, each a list of cases with unique ids within the corpus. */
export function loadAll(casesDir = CASES_DIR) {
  const validation = loadValidationCases(casesDir);
  const execution = loadExecutionCases(casesDir);
  const print = loadPrintCases(casesDir, [...validation, ...execution]);
  return { validation, execution, print };
}

