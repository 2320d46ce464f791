import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a schemathesis run (`--report json,junit`) left in its report directory, read back. */
export interface FuzzReport {
  complete: boolean;
  operationsTested: number;
  testCases: number;
  /** One line of each failed check or error: the operation, the check and the answer, readable. */
  problems: string[];
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};
const unescape = (xml: string) => xml.replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e] ?? e);

function fileEnding(dir: string, ending: string): string {
  const name = readdirSync(dir).find((f) => f.endsWith(ending));
  if (!name) throw new Error(`schemathesis wrote no ${ending} report in ${dir}`);
  return join(dir, name);
}

/**
 * The JSON report gives the totals; the JUnit one the text of each failure (the check, the status and
 * body received, a curl to reproduce it), of which the first lines are kept.
 */
export function readFuzzReport(dir: string): FuzzReport {
  const json = JSON.parse(readFileSync(fileEnding(dir, '.json'), 'utf8')) as {
    complete: boolean;
    operations: { tested: number };
    test_cases: { generated: number };
  };
  const junit = readFileSync(fileEnding(dir, '.xml'), 'utf8');
  const problems: string[] = [];
  // A passed operation is a self-closing <testcase …/>; a failed one holds its <failure>s.
  for (const testcase of junit.matchAll(/<testcase name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const operation = unescape(testcase[1]);
    for (const found of (testcase[2] ?? '').matchAll(/<(failure|error)[^>]*>([\s\S]*?)<\/\1>/g)) {
      const text = unescape(found[2])
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^\d+\. Test Case ID/.test(line) && !line.startsWith('st replay'));
      problems.push(`${operation}: ${text.slice(0, 12).join(' | ')}`);
    }
  }
  return {
    complete: json.complete,
    operationsTested: json.operations.tested,
    testCases: json.test_cases.generated,
    problems,
  };
}
