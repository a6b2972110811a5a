import { Catch, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { notFound } from './errors';
import { answerHttpError } from './http-error';

/** Nest's router's own words for a path no route answers ("Cannot GET /files/"). */
const NO_ROUTE = /^Cannot [A-Z]+ \//;

/**
 * A path under a server route that no handler answers (/files/, /open-data/nothing.csv, a
 * DELETE of a file) is answered as the server routes answer a missing thing (answerHttpError):
 * `{ error: { code: 'NOT_FOUND', message } }` in the reader's language, where Nest said
 * "Cannot GET /files/" in English, in a shape of its own (API probe). Other 404s a handler
 * throws itself keep their words (an operator's hint, such as the web app not being built).
 */
@Catch(NotFoundException)
export class RouteNotFoundFilter implements ExceptionFilter {
  catch(error: NotFoundException, host: ArgumentsHost): NotFoundException | undefined {
    if (host.getType() !== 'http') return error;
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (NO_ROUTE.test(error.message)) answerHttpError(http.getRequest<Request>(), res, notFound(PAGE));
    else res.status(404).json(error.getResponse());
    return undefined;
  }
}

const PAGE = { en: 'Page', fr: 'Page' };
