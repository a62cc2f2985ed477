/**
 * The documented fields of Flickr's upload and replace endpoints, typed, and their encoding
 * as the text fields of the multipart body.
 *
 * @see https://www.flickr.com/services/api/upload.api.html
 */
import { FlickrUsageError } from '../errors.js';
import type { ProgressListener } from './progress.js';

/** Options shared by upload and replace that are not sent to Flickr. */
export interface TransferOptions {
  /** Called as the file's bytes are sent; see {@link ProgressListener}. */
  readonly onProgress?: ProgressListener;
  /** Cancels the upload: the request is aborted and the source closed. */
  readonly signal?: AbortSignal;
  /**
   * The upload's inactivity limit in milliseconds, instead of the client's timeout: it fails
   * when no byte of the file is taken, or no reply comes after the last, for this long.
   * `Infinity`, or more than a timer holds (about 24.8 days), is no limit.
   */
  readonly timeout?: number;
}

/** A 0/1 flag; `true`/`false` are sent as 1/0. */
export type Flag = boolean | 0 | 1;

/** The fields of an upload. Left out fields take the user's defaults on Flickr. */
export interface UploadParams extends TransferOptions {
  /** The title. Default: the file name without its extension. Pass `''` for no title. */
  readonly title?: string;
  /** The description; may contain limited HTML. */
  readonly description?: string;
  /**
   * Tags: a space-separated string as Flickr takes it (quote multi-word tags), or a list,
   * in which each tag containing a space is quoted for you.
   */
  readonly tags?: string | readonly string[];
  /** Visible to everyone. */
  readonly is_public?: Flag;
  /** Visible to the user's friends (when not public). */
  readonly is_friend?: Flag;
  /** Visible to the user's family (when not public). */
  readonly is_family?: Flag;
  /** 1 safe, 2 moderate, 3 restricted. */
  readonly safety_level?: 1 | 2 | 3;
  /** 1 photo, 2 screenshot, 3 other. */
  readonly content_type?: 1 | 2 | 3;
  /** 1 shown in global search results, 2 hidden from them. */
  readonly hidden?: 1 | 2;
  /**
   * Answer at once with a ticket instead of waiting for Flickr to process the file; see
   * `waitForTickets`. Default `false`.
   */
  readonly async?: Flag;
  /**
   * Ask Flickr to refuse a file the user already uploaded: the upload then fails with code 9
   * and the error's `duplicatePhotoId` names the photo already there.
   */
  readonly dedup_check?: Flag;
}

/** The fields of a replace. */
export interface ReplaceParams extends TransferOptions {
  /** Answer at once with a ticket; see `waitForTickets`. Default `false`. */
  readonly async?: Flag;
}

function flag(name: string, value: Flag): string {
  if (value === true || value === 1) return '1';
  if (value === false || value === 0) return '0';
  throw new FlickrUsageError(`upload: "${name}" must be true, false, 0 or 1, got ${String(value)}`);
}

function choice(name: string, value: number, allowed: readonly number[]): string {
  if (!allowed.includes(value)) {
    throw new FlickrUsageError(
      `upload: "${name}" must be one of ${allowed.join(', ')}, got ${String(value)}`,
    );
  }

  return String(value);
}

/** Tags as Flickr reads them: space-separated, multi-word tags in double quotes. */
export function formatTags(tags: string | readonly string[]): string {
  if (typeof tags === 'string') return tags;

  return tags
    .map((tag) => tag.replaceAll('"', '').trim())
    .filter((tag) => tag !== '')
    .map((tag) => (/\s/.test(tag) ? `"${tag}"` : tag))
    .join(' ');
}

function withoutExtension(filename: string): string {
  const dot = filename.lastIndexOf('.');

  return dot > 0 ? filename.slice(0, dot) : filename;
}

/** The text fields of an upload, in a stable order; `title` defaults to the file's name. */
export function uploadFields(params: UploadParams, filename: string): [string, string][] {
  const fields: [string, string][] = [];
  fields.push(['title', params.title ?? withoutExtension(filename)]);
  if (params.description !== undefined) fields.push(['description', params.description]);
  if (params.tags !== undefined) fields.push(['tags', formatTags(params.tags)]);
  for (const name of ['is_public', 'is_friend', 'is_family'] as const) {
    const value = params[name];
    if (value !== undefined) fields.push([name, flag(name, value)]);
  }
  if (params.safety_level !== undefined) {
    fields.push(['safety_level', choice('safety_level', params.safety_level, [1, 2, 3])]);
  }
  if (params.content_type !== undefined) {
    fields.push(['content_type', choice('content_type', params.content_type, [1, 2, 3])]);
  }
  if (params.hidden !== undefined) fields.push(['hidden', choice('hidden', params.hidden, [1, 2])]);
  if (params.async !== undefined) fields.push(['async', flag('async', params.async)]);
  if (params.dedup_check !== undefined) {
    fields.push(['dedup_check', flag('dedup_check', params.dedup_check)]);
  }

  return fields;
}

/** The text fields of a replace; there is no title (replace keeps the photo's metadata). */
export function replaceFields(photoId: string, params: ReplaceParams): [string, string][] {
  if (!/^[0-9]+$/.test(photoId)) {
    throw new FlickrUsageError(
      `replace: photo id ${JSON.stringify(photoId)} is not valid; expected digits`,
    );
  }
  const fields: [string, string][] = [['photo_id', photoId]];
  if (params.async !== undefined) fields.push(['async', flag('async', params.async)]);

  return fields;
}
