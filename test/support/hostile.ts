import { deflateRawSync } from 'node:zlib';

/**
 * Hostile inputs for the bad-input tests (issue #5 §8): XML entity bombs and XXE, a binary blob, a lazily
 * streamed huge body and a PNG decompression bomb. Plain data builders; no database.
 */
const MB = 1024 * 1024;

export const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>`;
export const withDoctype = (xml: string, doctype: string) =>
  xml.replace(/^<\?xml[^>]*\?>\s*/, `${doctype}\n`);
export const bomb = (xml: string, root: string) =>
  withDoctype(xml, LAUGHS).replace(new RegExp(`(<${root}[^>]*>)`), '$1&lol9;');
export const xxe = (xml: string, root: string) =>
  withDoctype(xml, `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>`).replace(
    new RegExp(`(<${root}[^>]*>)`),
    '$1&e;',
  );

/** A binary blob: a PNG signature, NULs, high bytes — what a mis-picked file looks like. */
export const BINARY = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)),
]);

/** A lazily generated body of `total` bytes: never held in memory; `pulled` counts chunks handed out. */
export function hugeBody(total: number, fill = 0x41) {
  const chunk = new Uint8Array(MB).fill(fill);
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled * MB >= total) controller.close();
      else {
        state.pulled++;
        controller.enqueue(chunk);
      }
    },
  });
  return { stream, state };
}

/** A PNG with the given IHDR size and an empty IDAT: valid signature and chunk CRCs. */
export function pngBomb(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  // zlib stream of a few zero bytes (a real bomb would be a long run of zeros compressed ~1000:1).
  const idat = Buffer.from([0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', idat),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/**
 * A ZIP whose one entry (xl/worksheets/sheet1.xml) declares 100 bytes but inflates to `mb` MB — a zip bomb
 * that lies in its central directory, so only inflating with a cap catches it.
 */
export function liarZipBomb(mb: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(mb * MB, 0x3c), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(100, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(100, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + name.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, eocd]);
}

/**
 * Boundary numbers (issue #9 item 9): int64's edge, beyond int64, doubles at and past their edge, negative
 * zero, NaN — as JSON numbers and as the decimal strings the API takes for money.
 */
export const BOUNDARY_NUMBER_TEXTS = [
  '9223372036854775807',
  '-9223372036854775808',
  '9223372036854775808',
  '99999999999999999',
  '12345678901234567.89',
  '1e308',
  '1e400',
  '-0',
  'NaN',
  'Infinity',
  '0.000000000000000000001',
] as const;
// As a client's JSON encoder sends them: the int64 edge and 17 nines are rounded by the double they become.
export const BOUNDARY_NUMBERS = [
  Number('9223372036854775807'),
  1e308,
  -0,
  Number('99999999999999999'),
  Number.MAX_VALUE,
  -1e21,
];

/** Characters that mean something inside LIKE patterns, regexes and escapes. */
export const PATTERN_TEXTS = ['\\', '%', '_', '50%_\\', '\\\\', '%_%', 'a\\', '\\%'] as const;
