import { uploadFileStore } from '../images/upload-file-store';
import { uploadAttachment } from './attachment-files';
import type { ImportContext } from './import-context';
import type { PostOutcome } from './import-report';
import { fingerprint } from './import-store';

export type ImportedFiles = Map<string, { id: number; url: string }>;

/**
 * Upload files for these attachments of a post: the ones an earlier run uploaded are reused, the
 * others uploaded (counted only, in a dry run). One that fails is listed and left out.
 */
export const importAttachments = async (run: ImportContext, ids: string[], outcome: PostOutcome): Promise<ImportedFiles> => {
  const { report, site } = run;
  const keyOf = (id: string) => `attachment:${site}:${id}`;
  const files: ImportedFiles = new Map();
  const known = await run.keys.findKeys(ids.map(keyOf));
  const existingFiles = await uploadFileStore(run.strapi).urls([...known.values()].map((key) => Number(key.targetId)));
  for (const id of ids) {
    const attachment = run.index.attachments.get(id);
    if (!attachment) {
      outcome.notes.push(`attachment ${id} is not in the export: left out`);
      report.skipped.push({ kind: 'image', wordpressId: id, post: outcome.wordpressId, reason: 'not in the export' });
      continue;
    }
    const reused = existingFiles.find((row) => String(row.id) === known.get(keyOf(id))?.targetId);
    if (reused) {
      files.set(id, reused);
      report.totals.images.reused += 1;
      continue;
    }
    if (run.dryRun) {
      if (!run.planned.has(id)) report.totals.images.uploaded += 1;
      run.planned.add(id);
      continue;
    }
    try {
      const uploaded = await uploadAttachment(run.strapi, attachment, run.uploadsDir);
      await run.keys.saveKeys([{ sourceKey: keyOf(id), targetId: String(uploaded.id), fingerprint: fingerprint(attachment) }], known);
      files.set(id, uploaded);
      report.totals.images.uploaded += 1;
    } catch (error) {
      report.totals.images.failed += 1;
      outcome.notes.push(`image ${attachment.url} could not be imported: ${(error as Error).message}`);
      report.skipped.push({ kind: 'image', wordpressId: id, post: outcome.wordpressId, reason: (error as Error).message });
    }
  }
  return files;
};
