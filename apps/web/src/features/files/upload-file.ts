import { uploadFailure } from './upload-failure';

export { failureText, UploadFailed } from './upload-failure';

export interface Uploaded {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  name: string;
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
      const body = request.response as Uploaded | null;
      if (request.status === 201 && body) resolve(body);
      else reject(uploadFailure(request.status, body));
    };
    request.onerror = () => reject(uploadFailure(0, null));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
