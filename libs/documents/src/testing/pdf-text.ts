import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The text of a PDF, page by page, as a reader would copy it: pdf.js (through unpdf) reads it back in
 * its own process, so a golden test checks what was printed, not what we meant to print.
 */
export function pdfText(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, 'pdf-text-cli.cjs')], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        reject(new Error(`pdf text extraction failed (${code}): ${Buffer.concat(err).toString()}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as string[]);
    });
    child.stdin.end(pdf);
  });
}
