/** The columns of an upload file the plugin reads. */
export interface UploadFile {
  id: number;
  name: string;
  hash: string;
  ext: string | null;
  mime: string;
  size: number; // kB, as Strapi stores it
  width: number | null;
  height: number | null;
  url: string;
  alternativeText: string | null;
  caption: string | null;
  provider: string;
}

export const FILE_UID = 'plugin::upload.file';
export const UPLOAD_FILE_COLUMNS = ['id', 'name', 'hash', 'ext', 'mime', 'size', 'width', 'height', 'url', 'alternativeText', 'caption', 'provider'];

/** Raster images sharp can resize; SVGs are served as they are. */
export const isProcessableImage = (mime: string | null | undefined) =>
  Boolean(mime && mime.startsWith('image/') && mime !== 'image/svg+xml');

export const fileBytes = (file: Pick<UploadFile, 'size'>) => Math.round(Number(file.size) * 1024);
