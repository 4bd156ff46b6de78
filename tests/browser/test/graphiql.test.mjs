// GraphiQL as served by the API (GET /graphql to a browser): it loads from the API alone, signs its requests in
// as a persona picked from the Development sign-in bar, runs a query typed into its editor, and its docs
// explorer shows the schema's query type.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { graphqlUrl, isLocal, launchBrowser, recordRequests } from '../lib/browser.mjs';
import { claimsOf, devToken } from '../lib/dev-token.mjs';
import { choosePersona, openDocs, openGraphiQL, runQuery, typeQuery, waitForResponse } from '../lib/graphiql-page.mjs';

let browser;
let page;
let requests;
const problems = [];
let queryTypeName;

const graphqlPosts = () => requests.filter((request) => request.method === 'POST' && new URL(request.url).pathname === '/graphql');
const bearerOf = (request) => /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];

before(async () => {
  // The name of the query type, asked of the API directly (the tests must not depend on the product schema).
  const answer = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${await devToken(graphqlUrl())}`,
    },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  });
  queryTypeName = (await answer.json()).data.__schema.queryType.name;

  browser = await launchBrowser();
  requests = recordRequests(browser.context);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    // A Content-Security-Policy violation (or a failed request) is reported on the console as an error.
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
});

after(async () => {
  await browser?.close();
});

test('GraphiQL loads from the API and nothing else', async () => {
  const response = await openGraphiQL(page, graphqlUrl());
  await page.waitForLoadState('networkidle');

  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/html/);
  assert.ok(requests.length > 3, `GraphiQL made only ${requests.length} requests`);
  const external = requests.filter((request) => !isLocal(request.url)).map((request) => request.url);
  assert.deepEqual(external, [], 'every request goes to 127.0.0.1');
  assert.deepEqual(problems, []);
});

test('GraphiQL asks the same-origin endpoint for application/graphql-response+json, signed in', async () => {
  const origin = new URL(graphqlUrl()).origin;
  const posts = graphqlPosts();

  assert.ok(posts.length > 0, 'GraphiQL introspected the schema');
  for (const post of posts) {
    assert.equal(post.url, `${origin}/graphql`);
    assert.match(post.headers.accept, /^application\/graphql-response\+json/);
    assert.ok(bearerOf(post), 'the request carries a bearer token');
  }
});

test('the sign-in bar offers the personas and starts as employee A', async () => {
  const picker = page.getByRole('combobox', { name: 'Persona' });

  assert.equal(await picker.inputValue(), 'employee');
  const options = await picker.locator('option').evaluateAll((all) => all.map((option) => option.value));
  assert.deepEqual(options, ['employee', 'another-employee', 'manager', 'manager-elsewhere', 'hr', 'learning-and-development', 'not-an-employee']);
  assert.deepEqual(claimsOf(bearerOf(graphqlPosts().at(-1))).roles, []);
});

test('a query typed into the editor runs as the persona picked', async () => {
  const before = graphqlPosts().length;
  await choosePersona(page, 'hr');
  await typeQuery(page, '{ __typename }');
  await runQuery(page);

  const shown = await waitForResponse(page, `"__typename": "${queryTypeName}"`);
  assert.match(shown, /"data"/);
  const sent = graphqlPosts().slice(before).filter((post) => post.headers['content-type']?.startsWith('application/json'));
  assert.ok(sent.length > 0, 'the query was posted');
  assert.deepEqual(claimsOf(bearerOf(sent.at(-1))).roles, ['HR']);
  assert.deepEqual(problems, []);
});

test('the docs explorer shows the query type', async () => {
  const explorer = await openDocs(page);

  await explorer.getByText('Root Types').waitFor();
  await explorer.locator('.graphiql-doc-explorer-type-name', { hasText: queryTypeName }).first().waitFor();
  await explorer.locator('.graphiql-doc-explorer-type-name', { hasText: queryTypeName }).first().click();
  await explorer.locator('.graphiql-doc-explorer-title', { hasText: queryTypeName }).waitFor();
});
