// Compares the engine runner's answer with graphql-js's for one case (the rules are in README.md,
// "What is compared"). Messages are never compared: wording differs between engines.
// Every function returns null when the two agree, or a short human-readable reason when they do not.

const OUTCOMES = {
  validate: ['syntaxError', 'errors'],
  execute: ['syntaxError', 'validationErrors', 'result'],
  print: ['syntaxError', 'printed'],
};

function outcomeOf(op, response) {
  return OUTCOMES[op].find((key) => response[key] !== undefined) ?? null;
}

const show = (value) => JSON.stringify(value);

/** "line:column" list of one error, sorted: the order of locations inside one error is not significant. */
function locationKey(error) {
  const locations = Array.isArray(error?.locations) ? error.locations : [];
  return locations
    .map((l) => `${l?.line}:${l?.column}`)
    .sort()
    .join(',');
}

/** Compares two multisets of keys; returns null or "missing … / extra …" (missing = only in graphql-js). */
function diffMultisets(referenceKeys, engineKeys, label) {
  const counts = new Map();
  for (const k of referenceKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const k of engineKeys) counts.set(k, (counts.get(k) ?? 0) - 1);
  const missing = [];
  const extra = [];
  for (const [k, n] of counts) {
    for (let i = 0; i < n; i++) missing.push(k);
    for (let i = 0; i < -n; i++) extra.push(k);
  }
  if (missing.length === 0 && extra.length === 0) return null;
  const parts = [];
  if (missing.length) parts.push(`missing from the engine: ${missing.map((k) => `[${k}]`).join(' ')}`);
  if (extra.length) parts.push(`only in the engine: ${extra.map((k) => `[${k}]`).join(' ')}`);
  return `${label} differ (graphql-js ${referenceKeys.length}, engine ${engineKeys.length}); ${parts.join('; ')}`;
}

function diffErrorLocations(reference, engine, label) {
  if (!Array.isArray(engine)) return `${label}: the engine's value is not a list: ${show(engine)}`;
  return diffMultisets(reference.map(locationKey), engine.map(locationKey), `${label} locations`);
}

function diffSyntaxError(reference, engine) {
  return locationKey(reference) === locationKey(engine)
    ? null
    : `syntax error at different locations: graphql-js [${locationKey(reference)}], engine [${locationKey(engine)}]`;
}

/**
 * Ordered deep equality of JSON values. Object key order is significant (graphql-js, like the spec,
 * orders response keys by the selection set). Returns null or the first difference with its path.
 */
export function diffJson(reference, engine, path = '$') {
  if (reference === engine) return null;
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(reference) !== kind(engine) || kind(reference) !== 'object' && kind(reference) !== 'array')
    return `${path}: graphql-js ${show(reference)}, engine ${show(engine)}`;
  if (Array.isArray(reference)) {
    if (reference.length !== engine.length)
      return `${path}: list length graphql-js ${reference.length}, engine ${engine.length}`;
    for (let i = 0; i < reference.length; i++) {
      const d = diffJson(reference[i], engine[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const rk = Object.keys(reference);
  const ek = Object.keys(engine);
  if (rk.join('\u0000') !== ek.join('\u0000'))
    return `${path}: keys graphql-js ${show(rk)}, engine ${show(ek)}`;
  for (const k of rk) {
    const d = diffJson(reference[k], engine[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

/** An execution error is identified by its path and its locations (message excluded). */
function executionErrorKey(error) {
  return `path ${show(error?.path ?? null)} at ${locationKey(error) || 'no location'}`;
}

function diffResult(reference, engine) {
  if (engine === null || typeof engine !== 'object') return `result is not an object: ${show(engine)}`;
  const hasData = (r) => Object.hasOwn(r, 'data');
  if (hasData(reference) !== hasData(engine))
    return `"data" ${hasData(reference) ? 'present' : 'absent'} in graphql-js, ${hasData(engine) ? 'present' : 'absent'} in the engine`;
  if (hasData(reference)) {
    const d = diffJson(reference.data, engine.data, 'data');
    if (d) return d;
  }
  const referenceErrors = reference.errors ?? [];
  const engineErrors = engine.errors ?? [];
  if (!Array.isArray(engineErrors)) return `"errors" is not a list: ${show(engineErrors)}`;
  if (Object.hasOwn(engine, 'errors') && engineErrors.length === 0)
    return '"errors" is present but empty (graphql-js omits it when there are none)';
  // A multiset: with async resolvers the order in which errors are raised is not specified.
  return diffMultisets(referenceErrors.map(executionErrorKey), engineErrors.map(executionErrorKey), 'errors');
}

/** Compares one case. `engine` is undefined when the runner never answered. */
export function compareResponses(op, reference, engine) {
  if (!OUTCOMES[op]) return `unknown op ${show(op)}`;
  if (engine === undefined) return 'no answer from the engine runner';
  if (engine === null || typeof engine !== 'object') return `malformed answer: ${show(engine)}`;
  if (engine.crash !== undefined) return `the engine runner reported a crash: ${String(engine.crash).split('\n')[0]}`;
  const expected = outcomeOf(op, reference);
  const actual = outcomeOf(op, engine);
  if (actual === null) return `malformed answer (none of ${OUTCOMES[op].join(', ')}): ${show(engine)}`;
  if (expected !== actual) {
    // Name the most useful fact: for validation, "valid vs invalid" reads better than the key names.
    if (op === 'validate' && expected === 'errors' && reference.errors.length === 0)
      return 'graphql-js: valid; engine: syntax error';
    return `graphql-js answered ${expected}, the engine answered ${actual}`;
  }
  switch (expected) {
    case 'syntaxError':
      return diffSyntaxError(reference.syntaxError, engine.syntaxError);
    case 'errors': {
      const refValid = reference.errors.length === 0;
      if (!Array.isArray(engine.errors)) return `"errors" is not a list: ${show(engine.errors)}`;
      const engValid = engine.errors.length === 0;
      if (refValid !== engValid)
        return `graphql-js: ${refValid ? 'valid' : `invalid (${reference.errors.length} errors)`}; engine: ${engValid ? 'valid' : `invalid (${engine.errors.length} errors)`}`;
      return diffErrorLocations(reference.errors, engine.errors, 'validation errors');
    }
    case 'validationErrors':
      return diffErrorLocations(reference.validationErrors, engine.validationErrors, 'validation errors');
    case 'result':
      return diffResult(reference.result, engine.result);
    case 'printed':
      return diffPrinted(reference.printed, engine.printed);
    default:
      return null;
  }
}

function diffPrinted(reference, engine) {
  if (reference === engine) return null;
  if (typeof engine !== 'string') return `"printed" is not a string: ${show(engine)}`;
  const r = reference.split('\n');
  const e = engine.split('\n');
  for (let i = 0; i < Math.max(r.length, e.length); i++) {
    if (r[i] !== e[i]) return `prints differ at line ${i + 1}: graphql-js ${show(r[i] ?? '<end>')}, engine ${show(e[i] ?? '<end>')}`;
  }
  return 'prints differ'; // unreachable: equal lines mean equal strings
}
