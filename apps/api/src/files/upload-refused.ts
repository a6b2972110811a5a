import { unmarked, verbatim, type Phrase } from '@recours/locale';

export type UploadRefusal =
  | 'NOT_MULTIPART'
  | 'ENCODED_BODY'
  | 'NO_FILE'
  | 'TOO_MANY_FILES'
  | 'TOO_MANY_FIELDS'
  | 'FIELD_TOO_LONG'
  | 'UNREADABLE_NAME'
  | 'TOO_LARGE'
  | 'EMPTY'
  | 'TYPE_NOT_ACCEPTED'
  | 'MARKUP'
  | 'NOT_TEXT'
  | 'EXTENSION_MISMATCH'
  | 'ACTIVE_CONTENT'
  | 'CUT_OFF'
  | 'MALFORMED';

/** A refused upload: the HTTP status, a stable reason for clients, the field, and what to tell the person (typeset: it may quote a field's name verbatim). */
export class UploadRefused extends Error {
  constructor(
    readonly reason: UploadRefusal,
    readonly status: number,
    readonly phrase: Phrase,
    readonly field = 'file',
  ) {
    super(unmarked(phrase.en));
    this.name = 'UploadRefused';
  }
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });
const mibFr = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('fr', { maximumFractionDigits: 1 });

export const refusals = {
  notMultipart: () => new UploadRefused('NOT_MULTIPART', 415, { fr: 'Envoyez le fichier comme un formulaire (multipart/form-data), dans le champ « file ».', en: 'Send the file as a form (multipart/form-data), in the field “file”.' }),
  encodedBody: () => new UploadRefused('ENCODED_BODY', 415, { fr: 'Envoyez le fichier tel quel, sans compression de la requête.', en: 'Send the file as it is, without compressing the request.' }),
  noFile: () => new UploadRefused('NO_FILE', 400, { fr: 'Aucun fichier reçu dans le champ « file ».', en: 'No file arrived in the field “file”.' }),
  tooManyFields: (max: number) => new UploadRefused('TOO_MANY_FIELDS', 400, { fr: `Le formulaire compte trop de champs : ${max} au plus, en plus du fichier.`, en: `The form has too many fields: ${max} at most, besides the file.` }),
  fieldTooLong: (name: string, max: number) =>
    new UploadRefused(
      'FIELD_TOO_LONG',
      400,
      name
        ? { fr: `La valeur du champ « ${verbatim(name)} » dépasse ${max.toLocaleString('fr')} octets, la longueur maximale.`, en: `The value of the field “${verbatim(name)}” is longer than ${max.toLocaleString('en')} bytes, the longest accepted.` }
        : { fr: `Un champ sans nom du formulaire dépasse ${max.toLocaleString('fr')} octets, la longueur maximale.`, en: `A field of the form, without a name, is longer than ${max.toLocaleString('en')} bytes, the longest accepted.` },
      name,
    ),
  unreadableName: () => new UploadRefused('UNREADABLE_NAME', 400, { fr: 'Le nom du fichier est illisible : renommez le fichier puis envoyez-le à nouveau.', en: 'The file’s name cannot be read: rename the file and send it again.' }),
  tooManyFiles: () => new UploadRefused('TOO_MANY_FILES', 400, { fr: 'Un seul fichier par envoi.', en: 'One file per upload.' }),
  tooLarge: (max: number) => new UploadRefused('TOO_LARGE', 413, { fr: `Le fichier dépasse ${mibFr(max)} Mo, la taille maximale.`, en: `The file is larger than ${mib(max)} MiB, the largest accepted.` }),
  empty: () => new UploadRefused('EMPTY', 400, { fr: 'Le fichier est vide.', en: 'The file is empty.' }),
  typeNotAccepted: () =>
    new UploadRefused('TYPE_NOT_ACCEPTED', 415, {
      fr: 'Ce type de fichier n’est pas accepté : envoyez un PDF, une photo (JPEG, PNG, WebP, HEIC), une vidéo MP4, un texte ou un e-mail (.eml).',
      en: 'This type of file is not accepted: send a PDF, a photo (JPEG, PNG, WebP, HEIC), an MP4 video, a text or an e-mail (.eml).',
    }),
  markup: () => new UploadRefused('MARKUP', 415, { fr: 'Les pages web, le XML et les images SVG ne sont pas acceptés : envoyez un PDF ou une capture d’écran.', en: 'Web pages, XML and SVG images are not accepted: send a PDF or a screenshot.' }),
  notText: () => new UploadRefused('NOT_TEXT', 415, { fr: 'Ce fichier n’est ni un texte lisible (UTF-8) ni un type accepté.', en: 'This file is neither readable text (UTF-8) nor an accepted type.' }),
  extensionMismatch: (extension: string, kind: string) =>
    new UploadRefused('EXTENSION_MISMATCH', 415, {
      fr: `Le nom du fichier se termine par .${extension} mais son contenu est ${kind.split('|')[0]} : renommez-le ou choisissez le bon fichier.`,
      en: `The file's name ends in .${extension} but its content is ${kind.split('|')[1]}: rename it or choose the right file.`,
    }),
  activeContent: () => new UploadRefused('ACTIVE_CONTENT', 415, { fr: 'Ce PDF contient du code (JavaScript ou lancement de programme) : imprimez-le en PDF à nouveau et envoyez la copie.', en: 'This PDF carries code (JavaScript or a program launch): print it to PDF again and send the copy.' }),
  malformed: () => new UploadRefused('MALFORMED', 400, { fr: 'Le formulaire envoyé est mal formé.', en: 'The form sent is malformed.' }),
  cutOff: () => new UploadRefused('CUT_OFF', 400, { fr: 'L’envoi a été interrompu avant la fin : rien n’a été gardé, recommencez.', en: 'The upload stopped before its end: nothing was kept, try again.' }),
};
