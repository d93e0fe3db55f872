// Starts the analysis worker from the TypeScript sources (while the bundle is stale, and in tests):
// a worker thread does not inherit the tsx loader the main thread registered, so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
