// Reads a PNG's size from its header (no decoder needed for width and height).
export function pngSize(buffer: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
