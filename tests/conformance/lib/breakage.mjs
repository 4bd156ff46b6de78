// Deliberate mistakes for `reference-runner.mjs --broken`: every kind of disagreement the comparer
// must catch. Pure and deterministic (chosen by a hash of the case id), so the self-test can compute
// exactly which cases were broken and demand that the comparer flags those and only those.
import { createHash } from 'node:crypto';

const hash = (text) => createHash('sha256').update(String(text)).digest().readUInt32BE(0);

/** About one case in five is broken; `null` means "leave this case alone". */
function pick(id, kinds) {
  const h = hash(id);
  return h % 5 === 0 ? kinds[(h >>> 8) % kinds.length] : null;
}

const clone = (value) => JSON.parse(JSON.stringify(value));

function breakValidate(response, kind) {
  const out = clone(response);
  if (out.syntaxError) {
    out.syntaxError.locations = [{ line: 99, column: 1 }];
    return out;
  }
  const errors = out.errors;
  if (kind === 'drop-error' && errors.length > 0) errors.pop();
  else if (kind === 'shift-location' && errors.length > 0 && errors[0].locations.length > 0)
    errors[0].locations[0].column += 1;
  else if (kind === 'duplicate-error' && errors.length > 0) errors.push(clone(errors[0]));
  else if (errors.length > 0) out.errors = []; // invalid reported as valid
  else out.errors = [{ message: 'made up', locations: [{ line: 1, column: 1 }] }]; // valid reported as invalid
  return out;
}

function firstObject(value) {
  if (value === null || typeof value !== 'object') return null;
  if (!Array.isArray(value) && Object.keys(value).length >= 2) return value;
  for (const child of Object.values(value)) {
    const found = firstObject(child);
    if (found) return found;
  }
  return null;
}

function breakExecute(response, kind) {
  const out = clone(response);
  if (!out.result) return { id: out.id, result: { data: { broken: true } } }; // a request failure reported as data
  const { result } = out;
  const errors = result.errors ?? [];
  const withPath = errors.find((e) => Array.isArray(e.path) && e.path.length > 0);
  const swappable = firstObject(result.data);
  if (kind === 'change-path' && withPath) withPath.path[withPath.path.length - 1] = 'brokenPathSegment';
  else if (kind === 'drop-error' && errors.length > 0) {
    errors.pop();
    if (errors.length === 0) delete result.errors;
  } else if (kind === 'move-location' && errors.length > 0 && errors[0].locations?.length > 0)
    errors[0].locations[0].line += 1;
  else if (kind === 'swap-keys' && swappable) {
    // Same keys and values, different order: graphql-js keeps selection order, so this must be caught.
    const keys = Object.keys(swappable);
    const entries = keys.map((k) => [k, swappable[k]]);
    [entries[0], entries[1]] = [entries[1], entries[0]];
    for (const k of keys) delete swappable[k];
    for (const [k, v] of entries) swappable[k] = v;
  } else if (kind === 'null-data' && result.data != null) result.data = null;
  else if (kind === 'crash') return { id: out.id, crash: 'simulated engine exception' };
  else if (kind === 'omit') return null; // no answer at all for this case
  else if ('data' in result) delete result.data; // a data result reported as a request error
  else result.data = {};
  return out;
}

function breakPrint(response) {
  const out = clone(response);
  if (out.syntaxError) return { id: out.id, printed: '' };
  out.printed = `${out.printed} `; // a trailing space is still a different print
  return out;
}

/** Returns the (possibly) broken response, or null to omit the answer. */
export function breakResponse(request, response) {
  switch (request.op) {
    case 'validate': {
      const kind = pick(request.id, ['drop-error', 'shift-location', 'duplicate-error', 'flip']);
      return kind ? breakValidate(response, kind) : response;
    }
    case 'execute': {
      const kind = pick(request.id, ['change-path', 'drop-error', 'move-location', 'swap-keys', 'null-data', 'crash', 'omit']);
      return kind ? breakExecute(response, kind) : response;
    }
    case 'print':
      return pick(request.id, ['print']) ? breakPrint(response) : response;
    default:
      return response;
  }
}
