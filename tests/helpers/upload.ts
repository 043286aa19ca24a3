import sharp from 'sharp';

/** A test JPEG of the given size: a gradient with noise, so it compresses like a photo a little. */
export const testJpeg = async (width: number, height: number, seed = 1) => {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let i = 0; i < pixels.length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    const x = (i / 3) % width;
    pixels[i] = Math.min(255, Math.round((x / width) * 200 + (state >>> 24) / 8));
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
};

/** Uploads through Strapi's REST upload route (multipart), as a frontend or the admin would. */
export const uploadFile = async (baseUrl: string, token: string, name: string, bytes: Buffer, type: string) => {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${baseUrl}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = await response.json();
  if (response.status !== 201 && response.status !== 200) throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
  return body[0] as { id: number; url: string; mime: string; width: number; size: number };
};
