// The corpus checks itself against graphql-js: a case whose tag graphql-js contradicts tests nothing,
// so it counts as a failure even before the engine is asked.
//   validation: graphql-js agrees with `valid`; an invalid case is flagged by exactly the rules named
//               in `rule` and `also` (each rule run on its own), so every case tests what it claims.
//   execution:  the document is valid, execution produces a result, and its error count equals `errors`.
import { parse, specifiedRules } from 'graphql';
import { PARSE_OPTIONS, SPEC_RULES, schemaFor, validateDocument } from './reference.mjs';
import { RULE_NAMES } from './rules.mjs';

const ruleByName = new Map(specifiedRules.map((rule) => [rule.name, rule]));

/** The names of the spec rules that report at least one error for the document, each run alone. */
export function rulesFiring(sdl, query) {
  const schema = schemaFor(sdl);
  const document = parse(query, PARSE_OPTIONS);
  return SPEC_RULES.filter((rule) => validateDocument(schema, document, [rule]).length > 0).map((r) => r.name);
}

function checkValidation(c, reference) {
  const m = c.meta;
  // "*": a document that exercises no rule in particular (generated valid documents): it must be valid.
  if (m.rule === '*' && m.valid !== true) return 'rule "*" is only for valid documents';
  if (m.rule !== '*' && !RULE_NAMES.includes(m.rule)) return `unknown rule tag ${JSON.stringify(m.rule)}`;
  if (typeof m.valid !== 'boolean') return 'the "valid" tag must be true or false';
  for (const other of m.also ?? []) if (!ruleByName.has(other)) return `unknown rule in "also": ${other}`;
  if (reference.syntaxError) return `the query does not parse: ${reference.syntaxError.message}`;
  const valid = reference.errors.length === 0;
  if (valid !== m.valid) {
    const messages = reference.errors.map((e) => e.message).join(' | ');
    return `tagged ${m.valid ? 'valid' : 'invalid'}, graphql-js finds it ${valid ? 'valid' : `invalid: ${messages}`}`;
  }
  if (!valid) {
    const firing = rulesFiring(c.request.sdl, c.request.query).sort();
    const expected = [...new Set([m.rule, ...(m.also ?? [])])].sort();
    if (firing.join() !== expected.join())
      return `expected errors from ${expected.join(', ')}; graphql-js reports them from ${firing.join(', ')}`;
  }
  return null;
}

function checkExecution(c, reference) {
  const m = c.meta;
  if (typeof m.feature !== 'string' || m.feature === '') return 'missing "feature" tag';
  if (!Number.isInteger(m.errors)) return 'missing "errors" (the number of errors graphql-js must report)';
  if (reference.syntaxError) return `the query does not parse: ${reference.syntaxError.message}`;
  if (reference.validationErrors)
    return `the query is invalid: ${reference.validationErrors.map((e) => e.message).join(' | ')}`;
  if (!reference.result) return `graphql-js failed: ${reference.crash ?? JSON.stringify(reference)}`;
  const count = reference.result.errors?.length ?? 0;
  if (count !== m.errors)
    return `tagged with ${m.errors} errors, graphql-js reports ${count}: ${JSON.stringify(reference.result)}`;
  return null;
}

function checkTags(c, reference) {
  if (c.op === 'validate') return checkValidation(c, reference);
  if (c.op === 'execute') return checkExecution(c, reference);
  return null;
}

/**
 * null when the case is sound, or why it is not. `reference` is graphql-js's protocol answer.
 * A case with `skip` documents a known graphql-js deviation from the spec: its tags state the spec's
 * answer, so graphql-js must still contradict them, or the skip is stale and must go.
 */
export function checkCase(c, reference) {
  if (typeof c.id !== 'string' || c.id === '') return 'missing "id"';
  if (reference.crash) return `graphql-js could not run the case: ${reference.crash.split('\n')[0]}`;
  const problem = checkTags(c, reference);
  if (c.meta.skip) return problem ? null : 'skipped as a graphql-js deviation, but graphql-js now agrees with the tags: remove "skip"';
  return problem;
}
