// GraphiQL, bundled from npm at build time (no CDN): the API serves this page at GET /graphql to browsers.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sameOriginFetcher } from './fetcher';

const fetcher = sameOriginFetcher();

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility shouldPersistHeaders={false} />
  </StrictMode>,
);
