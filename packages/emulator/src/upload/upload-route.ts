import { rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { authenticateProtected, type Caller } from '../oauth/authenticate.js';
import { problemBody } from '../oauth/problem.js';
import { allParams, type SignableRequest } from '../oauth/verify.js';
import { ApiError, STANDARD_ERRORS } from '../rest/api-error.js';
import { CallParams } from '../rest/call-params.js';
import { renderXmlFail, renderXmlOk } from '../rest/render.js';
import { textEl, type XmlNode } from '../rest/xml-node.js';
import { permsAllow } from '../state/tokens.js';
import type { User } from '../state/users.js';
import type { EmulatorCore } from '../server/core.js';
import { signableRequest } from '../server/incoming.js';
import { oauthDeps, problemReply } from '../server/rest-route.js';
import type { OutgoingReply } from '../server/send.js';
import { receiveUpload, type ReceivedFile } from './receive-multipart.js';
import { sniffType } from './sniff.js';
import { storeReplacement, storeUpload } from './store-upload.js';

const XML_TYPE = 'text/xml; charset=utf-8';

/** An upload failure, with any extra elements after `<err>` (e.g. `duplicate_photo_id`). */
class UploadError extends ApiError {
  readonly extra: readonly XmlNode[];

  constructor(code: number, message: string, extra: readonly XmlNode[] = []) {
    super(code, message);
    this.extra = extra;
  }
}

function xml(body: string): OutgoingReply {
  return { status: 200, headers: { 'Content-Type': XML_TYPE }, body };
}

/** Upload and replace need an access token with write permission, like any setter. */
function requireWriter(core: EmulatorCore, caller: Caller, params: CallParams): User {
  if (caller.kind === 'anonymous') {
    const apiKey = params.get('api_key');
    if (apiKey === undefined || apiKey === '') throw STANDARD_ERRORS.keyInvalidFormat();
    if (!core.keys.has(apiKey)) throw STANDARD_ERRORS.keyNotFound();
    throw STANDARD_ERRORS.missingSignature();
  }
  if (caller.kind !== 'user') throw STANDARD_ERRORS.insufficientPerms('write', 'none');
  const granted = caller.token.perms ?? 'none';
  if (!permsAllow(granted, 'write')) throw STANDARD_ERRORS.insufficientPerms('write', granted);
  const user = core.state.users.byNsid(caller.token.userNsid ?? '');
  if (user === undefined) throw STANDARD_ERRORS.invalidAuthToken();

  return user;
}

function checkFile(file: ReceivedFile | undefined) {
  if (file === undefined) throw new UploadError(2, 'No photo specified');
  if (file.size === 0) throw new UploadError(4, 'Filesize was zero');
  const type = sniffType(file.head);
  if (type === undefined) throw new UploadError(5, 'Filetype was not recognised');

  return type;
}

/**
 * Stores an upload (or replacement) once the caller may write: replace target, file
 * checks, `dedup_check`, then the photo; `async=1` answers with a completed ticket.
 */
function acceptUpload(
  core: EmulatorCore,
  kind: 'upload' | 'replace',
  user: User,
  params: CallParams,
  file: ReceivedFile | undefined,
): readonly XmlNode[] {
  const now = core.world.now();
  let target;
  if (kind === 'replace') {
    target = core.state.photos.byId(params.text('photo_id') ?? '');
    if (target === undefined || target.owner !== user.nsid)
      throw new UploadError(1, 'Photo not found');
  }
  const type = checkFile(file);
  const received = file as ReceivedFile;
  const dedup = params.text('dedup_check');
  if (kind === 'upload' && (dedup === '1' || dedup === '2')) {
    const duplicate = core.state.photos.duplicateOf(user.nsid, received.sha1);
    if (duplicate !== undefined) {
      throw new UploadError(9, 'Duplicate photo/video detected', [
        textEl('duplicate_photo_id', duplicate),
      ]);
    }
  }

  const photo =
    target === undefined
      ? storeUpload(core.state, user, params, received, type, now)
      : storeReplacement(core.state, target, received, type, now);
  if (params.text('async') === '1') {
    const ticket = core.state.tickets.open(user.nsid, now);
    core.state.tickets.close(ticket, photo.id);
    return [textEl('ticketid', ticket)];
  }

  return [
    textEl('photoid', photo.id, { secret: photo.secret, originalsecret: photo.originalsecret }),
  ];
}

/**
 * `/services/upload/` and `/services/replace/`: receives the multipart body (file to
 * disk), checks the OAuth signature over the text parts only, then stores the photo.
 * Replies are always XML, whatever `format` says.
 */
export async function handleUpload(
  core: EmulatorCore,
  req: IncomingMessage,
  kind: 'upload' | 'replace',
  hooks: {
    readonly rateLimited: (request: SignableRequest) => OutgoingReply | undefined;
    readonly injected: ApiError | undefined;
  },
): Promise<OutgoingReply> {
  const received = await receiveUpload(req, core.state.filesDir);
  const discard = () => {
    if (received.file !== undefined) rmSync(received.file.path, { force: true });
  };
  try {
    // Perl Flickr::API signs a text `photo` field holding the local path; accept both.
    const request = signableRequest(req, received.fields, ['photo']);
    const limited = hooks.rateLimited(request);
    if (limited !== undefined) return limited;
    const outcome = authenticateProtected(request, oauthDeps(core));
    if (!outcome.ok) return problemReply(problemBody(outcome.problem));

    const params = new CallParams(allParams(request));
    const user = requireWriter(core, outcome.caller, params);
    if (hooks.injected !== undefined) throw hooks.injected;
    return xml(renderXmlOk(acceptUpload(core, kind, user, params, received.file)));
  } catch (error) {
    if (error instanceof UploadError)
      return xml(renderXmlFail(error.code, error.message, error.extra));
    if (error instanceof ApiError) return xml(renderXmlFail(error.code, error.message));
    throw error;
  } finally {
    discard();
  }
}
