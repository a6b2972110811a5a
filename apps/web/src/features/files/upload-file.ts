export interface Uploaded {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  name: string;
}

/** What the server said when it refused a file, already in the reader's language. */
export class UploadFailed extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

/**
 * Sends one file to POST /files, reporting progress (0 to 1). XMLHttpRequest rather than fetch:
 * only it reports how much of a request body has gone.
 */
export function uploadFile(file: File, token: string, locale: string, onProgress: (fraction: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/files');
    request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('accept-language', locale);
    request.responseType = 'json';
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as (Uploaded & { error?: { message: string; reason: string } }) | null;
      if (request.status === 201 && body) resolve(body);
      else reject(new UploadFailed(body?.error?.message ?? request.statusText, body?.error?.reason ?? String(request.status)));
    };
    request.onerror = () => reject(new UploadFailed('', 'NETWORK'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
