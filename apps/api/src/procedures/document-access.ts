import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '@personnel/contracts';
import { documentReadable } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { UnitScope } from './unit-scope';

/**
 * Who may read a dossier document: an organisation-wide user; a scoped user who uploaded it, whose
 * scope holds its uploader's unit, or whose scope holds a procedure citing it (persistence
 * documentReadable). Outside that the document does not exist (404).
 */
@Injectable()
export class DocumentAccess {
  constructor(
    private readonly scope: UnitScope,
    private readonly database: DatabaseProvider,
  ) {}

  async assertReadable(user: AuthenticatedUser, documentId: string): Promise<void> {
    const codes = await this.scope.codes(user);
    if (codes === null) return;
    const readable = await documentReadable(await this.database.connection(), documentId, {
      username: user.username,
      unitCodes: [...codes],
    });
    if (!readable) throw new NotFoundException(`No document ${documentId}`);
  }
}
