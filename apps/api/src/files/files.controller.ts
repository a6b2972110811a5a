import { randomUUID } from 'node:crypto';
import { Controller, Get, Inject, Logger, Param, Post, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { isUuid } from '@recours/event-store';
import { FileErased, SEALED_FILES, type SealedFileStorage } from '@recours/file-storage';
import { say, typeset, type Phrase } from '@recours/locale';
import { requestLocale } from '../i18n/request-locale';
import { Authentication } from '../auth/authentication';
import type { Viewer } from '../auth/viewer';
import type { Reader } from '../disputes/dispute-access';
import { DisputeReader } from '../disputes/dispute-reader.service';
import { gone, notFound } from '../graphql/errors';
import { answerHttpError } from '../graphql/http-error';
import { DisputeAccessLog } from '../privacy/dispute-access-log';
import { ContentInspection } from './content-inspection';
import { fieldName, receivedFileName, safeFileName } from './file-name';
import { FormEnvelope, PARAM_CHARSET } from './form-envelope';
import { uploadSubject } from './upload-subject';
import { maxUploadBytes } from './upload-limit';
import { refusals, UploadRefused } from './upload-refused';
import { UPLOADS, type Upload, type Uploads } from './uploads';

/** The multipart envelope around the file: boundaries, headers, a field or two. */
export const ENVELOPE_BYTES = 64 * 1024;
/** Those who attach evidence to a dispute. */
const UPLOADERS = new Set(['CONSUMER', 'MERCHANT', 'ASSOCIATION']);
/** Form fields besides the file (the web client sends none): more, and the upload is refused. */
const MAX_FIELDS = 10;
/** A form field's value, in bytes: longer, and the upload is refused, naming the field. */
const MAX_FIELD_BYTES = 1024;
const FILE: Phrase = { en: 'File', fr: 'Fichier' };
const FILE_ERASED: Phrase = { en: 'This file was erased; it can no longer be downloaded', fr: 'Ce fichier a été effacé ; il ne peut plus être téléchargé' };

/**
 * POST /files streams one file (multipart field `file`) to the storage, checking it on the way;
 * GET /files/:id hands it back, as an attachment, to those entitled. Errors are JSON with a
 * stable `reason`, the field, and a message in the reader's language.
 */
@Controller('files')
export class FilesController {
  private readonly logger = new Logger('Files');

  constructor(
    private readonly authentication: Authentication,
    @Inject(UPLOADS) private readonly uploads: Uploads,
    @Inject(SEALED_FILES) private readonly files: SealedFileStorage,
    private readonly disputes: DisputeReader,
    private readonly accessLog: DisputeAccessLog,
  ) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = requestLocale({ req });
    const fail = (status: number, code: string, reason: string, message: string, field = 'file') => {
      if (!res.headersSent) res.status(status).set('Connection', 'close').json({ error: { code, reason, field, message } });
    };
    const viewer = await this.viewerOf(req, res);
    if (viewer === undefined) return;
    if (!viewer) return fail(401, 'UNAUTHENTICATED', 'SIGN_IN', say({ fr: 'Connectez-vous pour envoyer un fichier.', en: 'Sign in to upload a file.' }, locale));
    if (!UPLOADERS.has(viewer.role)) return fail(403, 'FORBIDDEN', 'ROLE', say({ fr: 'Seules les parties d’un litige y joignent des pièces.', en: 'Only the parties to a dispute attach evidence to it.' }, locale));
    const max = maxUploadBytes();
    const refuse = (refused: UploadRefused) =>
      fail(refused.status, refused.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT', refused.reason, typeset(refused.phrase[locale], locale), refused.field);
    if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) return refuse(refusals.notMultipart());
    // A compressed body would be inflated past any limit we checked: only plain bytes are read.
    if (req.headers['content-encoding'] && req.headers['content-encoding'] !== 'identity') return refuse(refusals.encodedBody());
    if (Number(req.headers['content-length'] ?? 0) > max + ENVELOPE_BYTES) return refuse(refusals.tooLarge(max));

    let parser: busboy.Busboy;
    try {
      // File names come as bytes, read one character per byte: receivedFileName tells UTF-8 from Latin-1.
      // Parts: the fields, the file, and one more, so that reaching the limit means going past it;
      // a field's value likewise one byte over, as busboy calls a value that reaches it truncated.
      parser = busboy({ headers: req.headers, defParamCharset: PARAM_CHARSET, limits: { files: 1, fileSize: max + 1, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES + 1, parts: MAX_FIELDS + 2, headerPairs: 50 } });
    } catch {
      return refuse(refusals.notMultipart());
    }
    let handled: Promise<Upload | undefined> | undefined;
    let refusedEarly: UploadRefused | undefined;
    let aborted = false;
    const envelope = new FormEnvelope(req.headers['content-type'], ENVELOPE_BYTES);
    parser.on('file', (field, stream, info) => {
      // A form cut short fails the part being read (busboy destroys its stream with the error):
      // a part nobody reads (a second file, another field's file), or the file once the storage
      // stopped reading it, has no other listener, and an error with none ends the process. The
      // parser's own error says what happened (below).
      stream.on('error', () => undefined);
      // Not stored at all when the form is refused already (too many fields before the file).
      if (field !== 'file' || handled || refusedEarly) {
        stream.resume();
        return;
      }
      req.off('data', envelope.record);
      // The request ending before the file did: the storage keeps nothing of it.
      const cutOff = () => stream.destroy(refusals.cutOff());
      req.once('aborted', cutOff);
      // Answered only once the whole request is read: a part after the file (a second file) may
      // still refuse the upload, and then nothing of it is kept.
      handled = this.store(viewer, safeFileName(receivedFileName(info.filename)), stream, max)
        .catch((error: unknown) => {
          stream.resume(); // let the parser read on to the end, so the answer reaches the client
          if (error instanceof UploadRefused) refusedEarly = error;
          else throw error;
          return undefined;
        })
        .finally(() => req.off('aborted', cutOff));
    });
    // busboy cuts a longer value without a word: refused, naming the field, rather than read cut.
    parser.on('field', (name, _value, info) => {
      if (info.valueTruncated) refusedEarly ??= refusals.fieldTooLong(fieldName(name), MAX_FIELD_BYTES);
    });
    parser.on('filesLimit', () => (refusedEarly ??= refusals.tooManyFiles()));
    // busboy drops the parts past its limits without a word: the file after them would seem never sent.
    parser.on('fieldsLimit', () => (refusedEarly ??= refusals.tooManyFields(MAX_FIELDS)));
    parser.on('partsLimit', () => (refusedEarly ??= refusals.tooManyFields(MAX_FIELDS)));
    const finished = new Promise<void>((resolve) => {
      parser.once('close', resolve);
      parser.once('error', (error: Error) => {
        // A form that ends before its closing boundary (busboy's « Unexpected end of form ») was cut off, as an aborted request.
        refusedEarly ??= aborted || /unexpected end of/i.test(error.message) ? refusals.cutOff() : refusals.malformed();
        resolve();
      });
      req.once('aborted', () => {
        aborted = true;
        resolve();
      });
    });
    req.on('data', envelope.record);
    req.pipe(parser);
    await finished;
    req.off('data', envelope.record);
    // The request cut off after the file was read (before its closing boundary): the parser says
    // nothing, the client hears nothing, so nobody would ever know the upload's id; not kept.
    if (aborted) refusedEarly ??= refusals.cutOff();
    let upload: Upload | undefined;
    try {
      upload = await handled;
      // Refused after the file was stored (a second file, a cut-off request): it is not kept.
      if (upload && refusedEarly) await this.discard(upload.id);
    } catch (error) {
      // The file's stream failed because the parser refused the body (a form cut short): that
      // refusal is the answer, not a fault; the storage kept nothing of it (store discards).
      if (refusedEarly) return refuse(refusedEarly);
      if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: say({ fr: 'L’envoi a échoué ; réessayez.', en: 'The upload failed; try again.' }, locale) } });
      throw error;
    }
    if (refusedEarly) return refuse(refusedEarly);
    if (!upload) {
      // A part busboy could not read was dropped: say so, rather than that nothing was sent.
      const unreadable = handled ? undefined : envelope.unreadable();
      return refuse(unreadable === 'NAME' ? refusals.unreadableName() : unreadable === 'PART' ? refusals.malformed() : refusals.noFile());
    }
    res.status(201).json({ id: upload.id, sha256: upload.sha256, size: upload.size, contentType: upload.contentType, name: upload.name });
  }

  private async discard(id: string): Promise<void> {
    await this.files.delete(id).catch(() => undefined);
    await this.uploads.forget(id);
  }

  private async store(viewer: Viewer, name: string, stream: NodeJS.ReadableStream, max: number): Promise<Upload> {
    const id = randomUUID();
    await this.uploads.receiving(id, viewer.accountId, name);
    const inspection = new ContentInspection(name, max);
    try {
      // Sealed with the uploader's key: the author the events name for evidence she records (uploadSubject).
      await this.files.put(id, uploadSubject(viewer.accountId), inspection.read(stream as AsyncIterable<Buffer>));
      return await this.uploads.stored(id, inspection.result);
    } catch (error) {
      await this.discard(id);
      throw error;
    }
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.send(id, req, res);
    } catch (error) {
      // Refusals as the GraphQL API words them, in the reader's language, with their status.
      answerHttpError(req, res, error instanceof FileErased ? gone(FILE_ERASED) : error);
    }
  }

  private async send(id: string, req: Request, res: Response): Promise<void> {
    const viewer = (await this.authentication.authenticate(req.headers.authorization))?.viewer;
    const upload = isUuid(id) && viewer ? await this.uploads.find(id.toLowerCase()) : undefined;
    const entitlement = upload && viewer ? await this.entitled(upload, viewer) : null;
    // Anonymous, not entitled, or no such file: the same answer, so that ids tell nothing.
    if (!upload || !entitlement || !viewer) throw notFound(FILE);
    const content = await this.files.get(upload.id);
    if (!content) throw notFound(FILE);
    // A file of a dispute's record: its download goes to the dispute's access log, its uploader's
    // too once she no longer reads the dispute (an agent removed from the team, a mandate ended):
    // she keeps her own file, and the consumer sees she took it, in the role of her account.
    // A file in no dispute's record yet is nobody else's data: not logged.
    if (upload.disputeId && upload.attachedAt) this.accessLog.download(upload.disputeId, viewer.accountId, entitlement === 'UPLOADER' ? viewer.role : entitlement, 'EVIDENCE_FILE', upload.id);
    res.status(200).set({
      'Content-Type': upload.contentType.startsWith('text/') ? `${upload.contentType}; charset=utf-8` : upload.contentType,
      'Content-Length': String(upload.size),
      // Never rendered by the browser in recours's origin: saved, not opened, whatever it holds.
      'Content-Disposition': contentDisposition(upload.name, { type: 'attachment' }),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
      'X-Evidence-Sha256': upload.sha256,
    });
    content.on('error', (error) => {
      // A chunk that does not open (altered in storage) cuts the download short: the client sees an incomplete file.
      this.logger.error({ msg: 'an evidence file could not be read to the end', fileId: upload.id, error: error.message });
      res.destroy();
    });
    // A reader gone before the end: the storage's stream is released, not left paused.
    res.once('close', () => content.destroy());
    content.pipe(res);
  }

  /**
   * The uploader, and every party of the dispute whose record holds the file: how the viewer may
   * download it (as the uploader of a file not yet in a record, or as a reader of the dispute), or null.
   */
  private async entitled(upload: Upload, viewer: Viewer): Promise<Reader | 'UPLOADER' | null> {
    const own = upload.ownerId === viewer.accountId;
    if (!upload.disputeId || !upload.attachedAt) return own ? 'UPLOADER' : null;
    try {
      const { current, reader } = await this.disputes.readable(upload.disputeId, viewer);
      // Evidence in the record, or the signed mandate of the live mandate.
      const inRecord = current.state.evidence.some((e) => e.file?.id === upload.id) || current.state.mandate?.document?.file.id === upload.id;
      return inRecord ? reader : own ? 'UPLOADER' : null;
    } catch {
      return own ? 'UPLOADER' : null;
    }
  }

  /** The caller (null when anonymous), or undefined once a 401 was answered for a bad token. */
  private async viewerOf(req: Request, res: Response): Promise<Viewer | null | undefined> {
    try {
      return (await this.authentication.authenticate(req.headers.authorization))?.viewer ?? null;
    } catch (error) {
      answerHttpError(req, res, error);
      return undefined;
    }
  }
}
