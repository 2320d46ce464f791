import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const openssl = (dir: string, args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

/** A CA of its own, as a test's trust anchor: `<name>.key`, `<name>.crt` in `dir`. */
export function makeCa(dir: string, name: string): string {
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.crt`,
  ]);
  return join(dir, `${name}.crt`);
}

/** A certificate for `subjectAltName` (e.g. `IP:127.0.0.1`) signed by the CA `ca`: its key and cert paths. */
export function makeSignedCert(
  dir: string,
  ca: string,
  name: string,
  subjectAltName: string,
): { key: string; crt: string } {
  openssl(dir, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    `/CN=${name}`,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
  ]);
  const ext = join(dir, `${name}.ext`);
  require('node:fs').writeFileSync(ext, `subjectAltName=${subjectAltName}\n`);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${ca}.crt`,
    '-CAkey',
    `${ca}.key`,
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    ext,
    '-out',
    `${name}.crt`,
  ]);
  return { key: join(dir, `${name}.key`), crt: join(dir, `${name}.crt`) };
}
