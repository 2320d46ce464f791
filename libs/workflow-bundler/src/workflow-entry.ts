import { resolve } from 'node:path';

/** Entry of the workflow bundle: every workflow type the worker hosts. */
export const WORKFLOWS_ENTRY = resolve(__dirname, '../../../workflows/src/index.ts');
