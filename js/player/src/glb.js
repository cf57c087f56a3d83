// The GLB the player shows: given as an ArrayBuffer, a typed array or base64 text, plain or
// gzipped (the HTML export and the app gzip it; the browser's DecompressionStream unpacks it).

function fromBase64(text) {
  const clean = text.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(clean);
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Turn a GLB given as ArrayBuffer, typed array or base64 text into an ArrayBuffer. */
export function toArrayBuffer(glb) {
  if (glb == null) throw new TypeError("options.glb is missing");
  if (glb instanceof ArrayBuffer) return glb;
  if (ArrayBuffer.isView(glb)) return glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength);
  if (typeof glb === "string") return fromBase64(glb).buffer;
  throw new TypeError("glb must be an ArrayBuffer, a typed array or a base64 string");
}

async function gunzip(bytes) {
  // Read the stream chunk by chunk: Response(stream).arrayBuffer() is ten times slower in Chromium.
  const stream = new DecompressionStream("gzip");
  const writer = stream.writable.getWriter();
  writer.write(bytes);
  writer.close();
  const reader = stream.readable.getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.length;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out.buffer;
}

/** The GLB bytes, gunzipped when they start with the gzip magic (the HTML export gzips). */
export async function loadGlbBytes(glb) {
  const buffer = toArrayBuffer(glb);
  const head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return buffer;
  return gunzip(new Uint8Array(buffer));
}
