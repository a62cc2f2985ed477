// Builds multipart/form-data bodies by hand, to control part names, filenames and order.
import { randomBytes } from 'node:crypto';

export interface FilePart {
  name: string;
  filename: string;
  data: Buffer;
  contentType?: string;
}

export function multipart(fields: readonly [string, string][], files: readonly FilePart[]) {
  const boundary = `----emulatortest${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const file of files) {
    const type = file.contentType === undefined ? '' : `Content-Type: ${file.contentType}\r\n`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; ` +
          `filename="${file.filename}"\r\n${type}\r\n`,
      ),
    );
    chunks.push(file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));

  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
