/** A decoded page and the encoding it was read with. */
export interface DecodedHtml {
  readonly text: string;
  /** The WHATWG encoding label used (`utf-8`, `windows-1251`, ...). */
  readonly encoding: string;
}

/** How many bytes of the page are searched for a `<meta charset>` (HTML spec prescan: 1024; pages in the wild put it later). */
const PRESCAN_BYTES = 4096;

const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i;
const CHARSET_IN_HEADER = /charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i;

/**
 * Decodes the bytes of an HTML page with the charset the page declares: a byte-order
 * mark first, then the HTTP `Content-Type` header when one is known, then a
 * `<meta charset>` / `<meta http-equiv>` in the first bytes, else UTF-8. Unknown labels
 * fall back to UTF-8; invalid sequences become U+FFFD (never throws).
 *
 * @example
 * decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text; // 'hi'
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const bom = readBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  const fromHeader = contentType ? CHARSET_IN_HEADER.exec(contentType)?.[1] : undefined;
  const headerEncoding = fromHeader ? normaliseLabel(fromHeader) : null;
  if (headerEncoding) return { text: decodeWith(bytes, headerEncoding), encoding: headerEncoding };
  const head = latin1Prefix(bytes, PRESCAN_BYTES);
  const fromMeta = CHARSET_IN_META.exec(head)?.[1];
  let encoding = fromMeta ? normaliseLabel(fromMeta) : null;
  // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (HTML spec rule).
  if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
  encoding ??= 'utf-8';
  return { text: decodeWith(bytes, encoding), encoding };
}

function readBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** The WHATWG name of a charset label, or null when TextDecoder does not know it. */
function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}

function latin1Prefix(bytes: Uint8Array, max: number): string {
  const n = Math.min(bytes.length, max);
  let out = '';
  for (let i = 0; i < n; i += 1024) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(n, i + 1024)));
  }
  return out;
}
