import type { DataSource } from 'typeorm';

/** A reader scoped to a unit subtree (the API's UnitScope codes). */
export interface ScopedReader {
  username: string;
  unitCodes: readonly string[];
}

/**
 * May a scoped reader read this document? Yes when they uploaded it, when its uploader's unit lies in
 * their scope, or when a procedure of a unit in their scope cites it in a journal step (a commune's
 * approvers read the dossier the district's office put forward). The last test reads only the steps of
 * the procedures in the scope, through their index. An unknown document is not readable.
 */
export async function documentReadable(
  dataSource: DataSource,
  documentId: string,
  reader: ScopedReader,
): Promise<boolean> {
  const [row]: { readable: boolean }[] = await dataSource.query(
    `SELECT EXISTS (
         SELECT 1 FROM dossier_document d
          WHERE d.id = $1::uuid AND (d.uploaded_by = $2 OR d.unit_code = ANY($3::text[])))
       OR (EXISTS (SELECT 1 FROM dossier_document d WHERE d.id = $1::uuid)
           AND EXISTS (
             SELECT 1 FROM procedure p JOIN workflow_step s ON s.workflow_id = p.id
              WHERE p.unit_code = ANY($3::text[]) AND strpos(s.payload::text, $4) > 0)) AS readable`,
    [documentId, reader.username, [...reader.unitCodes], documentId],
  );
  return row?.readable === true;
}
