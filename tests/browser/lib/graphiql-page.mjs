// What the tests do on the GraphiQL page, in GraphiQL 5's own terms (Monaco editors, sidebar buttons).

const QUERY_EDITOR = '.graphiql-query-editor';
const RESPONSE = '.graphiql-response';

/** Opens GraphiQL as a browser would (GET /graphql with Accept: text/html) and waits for its editors. */
export async function openGraphiQL(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.locator(`${QUERY_EDITOR} .monaco-editor`).waitFor({ timeout: 30_000 });
  return response;
}

/** Replaces the query editor's text by typing, as a person would. */
export async function typeQuery(page, query) {
  await page.locator(`${QUERY_EDITOR} .monaco-editor`).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query, { delay: 10 });
  // Monaco closes brackets itself; typing the closing one steps over it, which this checks.
  await waitForEditorText(page, QUERY_EDITOR, query, 'equals', 10_000);
}

/** Picks a persona in the Development sign-in bar above GraphiQL. */
export async function choosePersona(page, persona) {
  await page.getByRole('combobox', { name: 'Persona' }).selectOption(persona);
}

export async function runQuery(page) {
  await page.locator('.graphiql-execute-button').click();
}

/** The response pane's text once it contains `expected`. */
export function waitForResponse(page, expected) {
  return waitForEditorText(page, RESPONSE, expected, 'includes', 20_000);
}

export async function openDocs(page) {
  await page.getByRole('button', { name: /documentation explorer/i }).click();
  const explorer = page.locator('.graphiql-doc-explorer');
  await explorer.waitFor({ timeout: 10_000 });
  return explorer;
}

/** Waits until a Monaco editor's text equals (or includes) `expected`; resolves to the text, or says what it held. */
async function waitForEditorText(page, container, expected, how, timeout) {
  try {
    await page.waitForFunction(
      ([selector, text, mode]) => {
        // Monaco renders spaces as no-break spaces and each line as its own element.
        const shown = (document.querySelector(`${selector} .view-lines`)?.innerText ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
        return mode === 'equals' ? shown === text : shown.includes(text);
      },
      [container, expected, how],
      { timeout },
    );
  } catch {
    const shown = await page.evaluate((selector) => document.querySelector(`${selector} .view-lines`)?.innerText ?? null, container);
    throw new Error(`${container} shows ${JSON.stringify(shown)}; expected it to ${how === 'equals' ? 'be' : 'contain'} ${JSON.stringify(expected)}`);
  }
  return page.evaluate((selector) => document.querySelector(`${selector} .view-lines`).innerText.replace(/\u00a0/g, ' '), container);
}
