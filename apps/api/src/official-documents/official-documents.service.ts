import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ApiConfig } from '@personnel/config';
import type {
  AuthenticatedUser,
  DocumentFacts,
  OfficialDocumentList,
  OfficialDocumentView,
} from '@personnel/contracts';
import { cvSubjectsOf, procedureDocuments, type DocumentSpec } from '@personnel/domain';
import { renderPdf } from '@personnel/documents';
import { DocumentFactsQueries, OfficialDocumentStore, type IssuedDocument } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';
import { ProcedureAccess } from '../procedures/procedure-access';

export interface DocumentFile {
  content: Buffer;
  fileName: string;
  state: 'issued' | 'draft';
  sha256: string | null;
}

const PATH = '/api/v1/procedures/';

/**
 * The papers of a procedure, issued from its journal (an issuing service, not a workflow step): a
 * paper whose step is recorded is rendered on its first request (list or file) and stored once in the
 * document store, referenced by that step; later requests read the stored file, its SHA-256 checked. A
 * paper whose step is not recorded yet is a draft, rendered on request with the mark "DỰ THẢO" and
 * never stored. Scoped like every procedure read (404 outside the reader's units).
 */
@Injectable()
export class OfficialDocumentsService {
  private store?: OfficialDocumentStore;

  constructor(
    private readonly access: ProcedureAccess,
    private readonly database: DatabaseProvider,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async list(workflowId: string, user: AuthenticatedUser): Promise<OfficialDocumentList> {
    const { facts, specs } = await this.specs(workflowId, user);
    const store = await this.documents();
    const documents: OfficialDocumentView[] = [];
    for (const spec of specs) {
      const issued = spec.step ? await this.issue(store, facts, spec, user) : undefined;
      documents.push(view(workflowId, spec, issued));
    }
    return { workflowId, documents };
  }

  async file(workflowId: string, key: string, user: AuthenticatedUser): Promise<DocumentFile> {
    const { facts, specs } = await this.specs(workflowId, user);
    const spec = specs.find((s) => s.key === key);
    if (!spec) throw new NotFoundException(`Procedure ${workflowId} has no document ${key}`);
    const fileName = fileNameOf(workflowId, key);
    if (!spec.step) {
      const content = await renderPdf(spec.build(), { createdAt: draftDate(facts) });
      return { content, fileName: `du-thao-${fileName}`, state: 'draft', sha256: null };
    }
    const store = await this.documents();
    await this.issue(store, facts, spec, user);
    const read = await store.read(workflowId, key);
    // Issued just above; gone only if the database was rolled back meanwhile.
    if (!read) throw new NotFoundException(`Procedure ${workflowId} has no document ${key}`);
    return {
      content: read.content,
      fileName: read.document.fileName,
      state: 'issued',
      sha256: read.document.sha256,
    };
  }

  private async specs(
    workflowId: string,
    user: AuthenticatedUser,
  ): Promise<{ facts: DocumentFacts; specs: DocumentSpec[] }> {
    await this.access.scoped(workflowId, user);
    const queries = new DocumentFactsQueries(await this.database.connection());
    const facts = await queries.load(workflowId, cvSubjectsOf);
    if (!facts) throw new NotFoundException(`No procedure ${workflowId}`);
    return { facts, specs: procedureDocuments(facts) };
  }

  private async issue(
    store: OfficialDocumentStore,
    facts: DocumentFacts,
    spec: DocumentSpec,
    user: AuthenticatedUser,
  ): Promise<IssuedDocument> {
    const step = spec.step;
    if (!step) throw new Error(`document ${spec.key} has no step to be issued from`);
    const { document } = await store.issue({
      workflowId: facts.workflowId,
      key: spec.key,
      kind: spec.kind,
      stepKey: step.stepKey,
      title: spec.title,
      fileName: fileNameOf(facts.workflowId, spec.key),
      issuedBy: user.username,
      // The step's own time as the PDF's date: the same facts give the same bytes.
      render: () => renderPdf(spec.build(), { createdAt: new Date(step.occurredAt) }),
    });
    return document;
  }

  private async documents(): Promise<OfficialDocumentStore> {
    this.store ??= new OfficialDocumentStore(await this.database.connection(), this.config.documentStore);
    return this.store;
  }
}

function view(
  workflowId: string,
  spec: DocumentSpec,
  issued: IssuedDocument | undefined,
): OfficialDocumentView {
  const base = `${PATH}${workflowId}/documents/${spec.key}`;
  return {
    key: spec.key,
    kind: spec.kind,
    title: spec.title,
    stepKey: spec.step?.stepKey ?? null,
    state: issued ? 'issued' : 'draft',
    sizeBytes: issued?.sizeBytes ?? null,
    sha256: issued?.sha256 ?? null,
    issuedAt: issued?.issuedAt ?? null,
    fileName: issued ? issued.fileName : `du-thao-${fileNameOf(workflowId, spec.key)}`,
    previewPath: base,
    downloadPath: `${base}/download`,
  };
}

/** `appointment-QA-CT-1-decision.pdf`: ASCII, no slashes. */
function fileNameOf(workflowId: string, key: string): string {
  return `${workflowId.replace(/\//g, '-')}-${key.replace(/\./g, '-')}.pdf`;
}

/** A draft's PDF date: the last recorded step's, so a draft of the same facts is the same file too. */
function draftDate(facts: DocumentFacts): Date {
  const last = facts.steps[facts.steps.length - 1];
  return last ? new Date(last.occurredAt) : new Date(0);
}
