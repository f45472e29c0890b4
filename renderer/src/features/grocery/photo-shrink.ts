/**
 * Makes a product photo small before it leaves the staff screen: at most `max` pixels on its longer side,
 * encoded as WebP (JPEG where the browser cannot write WebP), returned as base64 for grocery.setItemPhoto.
 * Throws when the file is not a picture the browser can read.
 */
export async function shrinkPhoto(file: Blob, max = 480): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const encode = (type: string) => new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.82));
  const blob = (await encode('image/webp')) ?? (await encode('image/jpeg'));
  if (!blob) throw new Error('Could not encode the photo');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
