// The comparer on hand-made answers: what must agree, and every kind of disagreement it must catch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareResponses, diffJson } from '../lib/compare.mjs';

const loc = (line, column) => ({ line, column });
const err = (message, locations, path) => ({ message, locations, ...(path ? { path } : {}) });
const agree = (op, a, b) => assert.equal(compareResponses(op, a, b), null);
const differ = (op, a, b, pattern) => {
  const reason = compareResponses(op, a, b);
  assert.ok(reason, 'expected a disagreement');
  if (pattern) assert.match(reason, pattern);
};

test('validation: same validity and locations agree, messages are ignored', () => {
  agree('validate', { errors: [] }, { errors: [] });
  agree('validate', { errors: [err('a', [loc(1, 2)])] }, { errors: [err('different words', [loc(1, 2)])] });
});

test('validation: errors are a multiset, locations inside one error a set', () => {
  const ref = { errors: [err('x', [loc(1, 2), loc(3, 4)]), err('y', [loc(5, 6)])] };
  agree('validate', ref, { errors: [err('y', [loc(5, 6)]), err('x', [loc(3, 4), loc(1, 2)])] });
  differ('validate', ref, { errors: [err('x', [loc(1, 2), loc(3, 4)])] }, /missing from the engine: \[5:6\]/);
  differ('validate', ref, { errors: [...ref.errors, err('y', [loc(5, 6)])] }, /only in the engine: \[5:6\]/);
  differ('validate', ref, { errors: [err('x', [loc(1, 2)]), err('y', [loc(5, 6)])] }, /locations differ/);
});

test('validation: valid versus invalid is named as such', () => {
  differ('validate', { errors: [] }, { errors: [err('x', [loc(1, 1)])] }, /graphql-js: valid; engine: invalid/);
  differ('validate', { errors: [err('x', [loc(1, 1)])] }, { errors: [] }, /engine: valid/);
});

test('syntax errors agree on their location only', () => {
  agree('validate', { syntaxError: err('a', [loc(2, 3)]) }, { syntaxError: err('b', [loc(2, 3)]) });
  differ('validate', { syntaxError: err('a', [loc(2, 3)]) }, { syntaxError: err('a', [loc(2, 4)]) }, /syntax error/);
  differ('print', { printed: '{\n  a\n}' }, { syntaxError: err('a', [loc(1, 1)]) }, /answered printed/);
});

test('execution: data is compared in order, including key order', () => {
  const ref = { result: { data: { a: 1, b: { c: [1, 2], d: null } } } };
  agree('execute', ref, { result: { data: { a: 1, b: { c: [1, 2], d: null } } } });
  agree('execute', ref, { result: { data: { a: 1.0, b: { c: [1, 2.0], d: null } } } });
  differ('execute', ref, { result: { data: { b: { c: [1, 2], d: null }, a: 1 } } }, /keys/);
  differ('execute', ref, { result: { data: { a: 1, b: { c: [2, 1], d: null } } } }, /data\.b\.c\[0\]/);
  differ('execute', ref, { result: { data: { a: '1', b: { c: [1, 2], d: null } } } }, /data\.a/);
});

test('execution: presence of data matters (request errors have none)', () => {
  const requestError = { result: { errors: [err('bad variable', [loc(1, 9)])] } };
  agree('execute', requestError, { result: { errors: [err('other text', [loc(1, 9)])] } });
  differ('execute', requestError, { result: { data: null, errors: [err('x', [loc(1, 9)])] } }, /"data" absent in graphql-js/);
  differ('execute', { result: { data: null, errors: [err('x', [loc(1, 3)], ['a'])] } }, requestError, /"data" present/);
});

test('execution: errors compared by path and locations, as a multiset', () => {
  const ref = {
    result: {
      data: { a: null, b: [null] },
      errors: [err('1', [loc(1, 3)], ['a']), err('2', [loc(1, 9)], ['b', 0, 'c'])],
    },
  };
  agree('execute', ref, { result: { data: { a: null, b: [null] }, errors: [...ref.result.errors].reverse() } });
  differ('execute', ref, { result: { data: { a: null, b: [null] }, errors: [ref.result.errors[0]] } }, /missing from the engine/);
  const changedPath = [ref.result.errors[0], err('2', [loc(1, 9)], ['b', 1, 'c'])];
  differ('execute', ref, { result: { data: { a: null, b: [null] }, errors: changedPath } }, /\["b",1,"c"\]/);
  differ('execute', { result: { data: { a: 1 } } }, { result: { data: { a: 1 }, errors: [] } }, /present but empty/);
});

test('execution: validation failures compare like validation', () => {
  agree('execute', { validationErrors: [err('x', [loc(1, 1)])] }, { validationErrors: [err('y', [loc(1, 1)])] });
  differ('execute', { result: { data: {} } }, { validationErrors: [err('y', [loc(1, 1)])] }, /answered result, the engine answered validationErrors/);
});

test('print: exact text', () => {
  agree('print', { printed: '{\n  a\n}' }, { printed: '{\n  a\n}' });
  differ('print', { printed: '{\n  a\n}' }, { printed: '{\n  a \n}' }, /line 2/);
  differ('print', { printed: '{\n  a\n}' }, { printed: '{\n  a\n}\n' }, /line 4/);
});

test('missing, crashed and malformed answers are disagreements', () => {
  differ('validate', { errors: [] }, undefined, /no answer/);
  differ('validate', { errors: [] }, { crash: 'NullReferenceException\n  at ...' }, /crash: NullReferenceException$/);
  differ('validate', { errors: [] }, { nonsense: true }, /malformed/);
  differ('execute', { result: { data: {} } }, { result: 'text' }, /not an object/);
});

test('diffJson names the first difference', () => {
  assert.equal(diffJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), null);
  assert.match(diffJson({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }), /^\$\.a\[1\]\.b:/);
  assert.match(diffJson([1], [1, 2]), /list length/);
  assert.match(diffJson({ a: null }, { a: {} }), /\$\.a/);
});
