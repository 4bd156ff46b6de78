// GraphiQL, bundled from npm at build time (no CDN): the API serves this page at GET /graphql to browsers.
// In Development a persona picker signs its requests in with tokens from /dev/token.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type DevToken, loadPersonas, mintToken, type Persona } from './devSignIn';
import { sameOriginFetcher } from './fetcher';
import { PersonaPicker } from './PersonaPicker';

const defaultPersona = 'employee';

// Asked once, before GraphiQL's first request (its introspection), so that request is signed in already.
const personasReady = loadPersonas();

function App() {
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [selected, setSelected] = useState(defaultPersona);
  const selectedRef = useRef(selected);
  const tokenRef = useRef<Promise<DevToken> | null>(null);

  useEffect(() => {
    void personasReady.then(setPersonas);
  }, []);

  // The fetcher stays the same object; it reads the persona of the moment and mints (or renews) as needed.
  const fetcher = useMemo(
    () =>
      sameOriginFetcher(async () => {
        if (!(await personasReady)) return null;
        const persona = selectedRef.current;
        let token = tokenRef.current ? await tokenRef.current : null;
        if (!token || token.persona !== persona || token.renewAt < Date.now()) {
          tokenRef.current = mintToken(persona);
          token = await tokenRef.current;
        }
        return token.accessToken;
      }),
    [],
  );

  const select = (persona: string) => {
    selectedRef.current = persona;
    setSelected(persona);
  };

  return (
    <div className="cp-shell">
      {personas && <PersonaPicker personas={personas} selected={selected} onSelect={select} />}
      <div className="cp-graphiql">
        <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility shouldPersistHeaders={false} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
