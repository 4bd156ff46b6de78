// The graphql-js side of the conformance harness: what "correct" means for every case.
// It answers the same protocol requests as the engine runner (see README.md, "The protocol"),
// so the comparer sees two answers of the same shape.
import {
  GraphQLError,
  buildSchema,
  execute,
  parse,
  print,
  specifiedRules,
  validate,
} from 'graphql';

// Rules graphql-js 17 lists in `specifiedRules` that are not spec §5 rules (September 2025 edition).
// The defer/stream rules check directives that are not in the spec (and not in a schema built from SDL
// unless declared); MaxIntrospectionDepthRule is a denial-of-service guard ("recommendedRules"), not a spec rule.
export const DROPPED_RULES = Object.freeze([
  'DeferStreamDirectiveOnRootFieldRule',
  'DeferStreamDirectiveOnValidOperationsRule',
  'DeferStreamDirectiveLabelRule',
  'StreamDirectiveOnListFieldRule',
  'MaxIntrospectionDepthRule',
]);

export const SPEC_RULES = Object.freeze(specifiedRules.filter((rule) => !DROPPED_RULES.includes(rule.name)));

// graphql-js 17 accepts empty selection sets (`{ }`) by default, following an open spec proposal
// (graphql-spec#1227). The September 2025 edition still says `SelectionSet : { Selection+ }`, so we
// parse and validate with the spec grammar.
export const PARSE_OPTIONS = Object.freeze({ allowEmptySelectionSets: false });
const VALIDATE_OPTIONS = Object.freeze({ allowEmptySelectionSets: false });

const schemaCache = new Map();

/** Builds (once per distinct SDL text) the schema of a case. An invalid SDL is a broken case: it throws. */
export function schemaFor(sdl) {
  let schema = schemaCache.get(sdl);
  if (!schema) {
    schema = buildSchema(sdl);
    schemaCache.set(sdl, schema);
  }
  return schema;
}

const locationsOf = (error) => (error.locations ?? []).map(({ line, column }) => ({ line, column }));
const plainError = (error) => ({ message: error.message, locations: locationsOf(error) });

/** Parses, or returns `{ syntaxError }` the way the protocol reports one. Non-syntax exceptions propagate. */
function parseOrSyntaxError(text) {
  try {
    return { document: parse(text, PARSE_OPTIONS) };
  } catch (error) {
    if (error instanceof GraphQLError) return { syntaxError: plainError(error) };
    throw error;
  }
}

export function validateDocument(schema, document, rules = SPEC_RULES) {
  return validate(schema, document, rules, VALIDATE_OPTIONS);
}

export function runValidate({ sdl, query }) {
  const parsed = parseOrSyntaxError(query);
  if (parsed.syntaxError) return { syntaxError: parsed.syntaxError };
  return { errors: validateDocument(schemaFor(sdl), parsed.document).map(plainError) };
}

export function runPrint({ source }) {
  const parsed = parseOrSyntaxError(source);
  if (parsed.syntaxError) return { syntaxError: parsed.syntaxError };
  return { printed: print(parsed.document) };
}

// ---- Resolver conventions (README.md, "Resolver conventions"): plain JSON that can fail, be async, count. ----

const MARKERS = ['$error', '$async', '$increment', '$args'];

/** The one marker key of `value`, or undefined: a marker is an object with exactly one key, a marker key. */
export function markerOf(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && MARKERS.includes(keys[0]) ? keys[0] : undefined;
}

/** JSON with object keys sorted at every depth; absent (undefined) arguments are left out. */
export function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
      : v,
  );
}

// Resolves a field's JSON value by the conventions. `counters` is per execution.
function interpret(value, args, counters) {
  switch (markerOf(value)) {
    case '$error':
      throw new Error(String(value.$error));
    case '$async':
      // A macrotask, so that sibling resolvers really interleave; the inner value is interpreted when it arrives.
      return new Promise((resolve) => setImmediate(resolve)).then(() => interpret(value.$async, args, counters));
    case '$increment': {
      const name = String(value.$increment);
      const next = (counters.get(name) ?? 0) + 1;
      counters.set(name, next);
      return next;
    }
    case '$args':
      return canonicalJson(args);
    default:
      return value;
  }
}

function conventionResolver(counters) {
  return (source, args, _context, info) => {
    // Own properties only: a JSON object has no methods, and `toString` must not resolve to Object.prototype's.
    const value =
      source !== null && typeof source === 'object' && Object.hasOwn(source, info.fieldName)
        ? source[info.fieldName]
        : undefined;
    return interpret(value, args, counters);
  };
}

export async function runExecute({ sdl, query, variables, operationName, rootValue }) {
  const parsed = parseOrSyntaxError(query);
  if (parsed.syntaxError) return { syntaxError: parsed.syntaxError };
  const schema = schemaFor(sdl);
  const validationErrors = validateDocument(schema, parsed.document);
  if (validationErrors.length > 0) return { validationErrors: validationErrors.map(plainError) };
  const result = await execute({
    schema,
    document: parsed.document,
    rootValue: rootValue ?? {},
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
    fieldResolver: conventionResolver(new Map()),
  });
  // Exactly what goes over the wire: GraphQLError.toJSON gives message, locations, path (and extensions).
  return { result: JSON.parse(JSON.stringify(result)) };
}

/** One protocol request in, one protocol response out (without crashing on a broken request). */
export async function handle(request) {
  const { id, op } = request;
  try {
    switch (op) {
      case 'validate':
        return { id, ...runValidate(request) };
      case 'execute':
        return { id, ...(await runExecute(request)) };
      case 'print':
        return { id, ...runPrint(request) };
      default:
        return { id, crash: `unknown op ${JSON.stringify(op)}` };
    }
  } catch (error) {
    return { id, crash: String(error?.stack ?? error) };
  }
}
