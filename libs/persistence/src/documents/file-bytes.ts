import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bytes } from './document-bytes';
import { UUID, type DocumentRow } from './document-row';

/** One file per document, named by its id; written under a temporary name and renamed into place. */
export class FileBytes implements Bytes {
  readonly kind = 'fs';
  constructor(private readonly dir: string) {}

  async write(id: string, content: Buffer): Promise<null> {
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `.${id}.${process.pid}.tmp`);
    try {
      await writeFile(temp, content, { flag: 'wx' });
      await rename(temp, this.path(id));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return null;
  }

  async read(row: DocumentRow): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(row.id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async remove(row: DocumentRow): Promise<void> {
    await rm(this.path(row.id), { force: true });
  }

  private path(id: string): string {
    if (!UUID.test(id)) throw new Error(`not a document id: ${id}`);
    return join(this.dir, id);
  }
}
