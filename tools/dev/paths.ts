import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const DATA_DIR = resolve(REPO_ROOT, '.data');
export const TOOLS_DIR = resolve(REPO_ROOT, '.tools');
export const REGISTER = resolve(REPO_ROOT, 'tools/register.js');
