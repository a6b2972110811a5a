import { BadRequestException, Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { fieldProblem } from '@recours/disputes';
import type { Request, Response } from 'express';
import { badUserInput, problemAt } from './errors';
import { answerHttpError } from './http-error';

/**
 * A path whose parameter does not decode (`/files/%E9`: a Latin-1 « é », or the UTF-8 bytes of
 * half a character, `%ED%B0%80`): Express refuses it before any handler runs, and Nest answered
 * "Failed to decode param '%E9'" in English, in a shape of its own (crash probe). Answered here as
 * the server routes answer a parameter they refuse (answerHttpError): 400 BAD_USER_INPUT in the
 * reader's language, naming the parameter (NOT_UTF8), as a NUL in it is (CONTAINS_NUL).
 */
@Catch(BadRequestException)
export class UndecodablePathFilter implements ExceptionFilter {
  catch(error: BadRequestException, host: ArgumentsHost): BadRequestException | undefined {
    if (host.getType() !== 'http' || !(error.cause instanceof URIError)) return error;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    answerHttpError(req, http.getResponse<Response>(), badUserInput([problemAt(undecodableParameterOf(req), fieldProblem('NOT_UTF8'))]));
    return undefined;
  }
}

/** The name of the route's parameter that does not decode (`id` of /files/:id), from the application's routes; `path` when no route says. */
function undecodableParameterOf(req: Request): string {
  const segments = req.path.split('/');
  const stack = (req.app as unknown as { router?: { stack?: Array<{ route?: { path: unknown } }> } } | undefined)?.router?.stack ?? [];
  for (const layer of stack) {
    const route = layer.route?.path;
    if (typeof route !== 'string') continue;
    const parts = route.split('/');
    if (parts.length !== segments.length || !parts.every((part, i) => part.startsWith(':') || part === segments[i])) continue;
    const at = parts.findIndex((part, i) => part.startsWith(':') && !decodes(segments[i]!));
    if (at >= 0) return parts[at]!.slice(1);
  }
  return 'path';
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
