import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useErrorMessage } from './useErrorMessage';

export interface UploadFileSummary {
  id: number;
  name: string;
  url: string;
  mime: string;
  width: number | null;
  height: number | null;
  formats?: Record<string, { url: string }> | null;
}

/** Absolute URL of a media library file (the local provider serves relative ones). */
export const fileUrl = (url: string) =>
  /^https?:\/\//.test(url) ? url : `${(window.strapi as unknown as { backendURL: string }).backendURL}${url}`;

export const thumbnailUrl = (file: UploadFileSummary) => fileUrl(file.formats?.thumbnail?.url ?? file.url);

/** The media library's records for some file ids, in one request per change of the id set. */
export const useUploadFiles = (ids: number[]) => {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const describe = useErrorMessage();
  const [files, setFiles] = React.useState<Map<number, UploadFileSummary>>(new Map());
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',');

  React.useEffect(() => {
    if (!key) return;
    const missing = key.split(',').map(Number).filter((id) => !files.has(id));
    if (missing.length === 0) return;
    let cancelled = false;
    get<{ results: UploadFileSummary[] }>('/upload/files', {
      params: { filters: { id: { $in: missing } }, pageSize: missing.length },
    }).then(
      ({ data }) => {
        if (cancelled) return;
        setFiles((previous) => new Map([...previous, ...data.results.map((file) => [file.id, file] as const)]));
      },
      // The gallery still works without its thumbnails: say why they are missing.
      (error) => {
        if (!cancelled) toggleNotification({ type: 'danger', message: describe(error) });
      }
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const remember = React.useCallback((added: UploadFileSummary[]) => {
    setFiles((previous) => new Map([...previous, ...added.map((file) => [file.id, file] as const)]));
  }, []);

  return { files, remember };
};
