// The example site: sign in with Flickr, see your photos, upload one, sign out.
import busboy from 'busboy';
import express, { type NextFunction, type Request, type Response } from 'express';
import { flickrAuth } from 'flickrapi-ts/express';
import { renderMessagePage } from 'flickrapi-ts/web';

import { listPhotos, uploadPhoto } from './flickr-calls.js';
import { homePage, photosPage } from './views.js';

/** How to reach Flickr, the cookie keys, and where request lines are logged. */
export interface ExampleSiteOptions {
  apiKey: string;
  apiSecret: string;
  endpoint?: string;
  cookieKeys: string[];
  log: (line: string) => void;
}

/** The Express app, and `close` for its connections to Flickr. */
export function createApp(options: ExampleSiteOptions): { app: express.Express; close(): void } {
  const auth = flickrAuth({
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    cookieKeys: options.cookieKeys,
    perms: 'write',
  });
  const app = express();
  app.disable('x-powered-by');

  // Logs method, path (never the query: a callback's query holds the verifier) and status.
  app.use((req, res, next) => {
    res.on('finish', () => options.log(`${req.method} ${req.path} ${res.statusCode}`));
    next();
  });
  app.use(auth.router);

  app.get('/', (req, res) => {
    if (req.flickrUser !== undefined) {
      res.redirect(303, '/me');

      return;
    }
    res.type('html').send(homePage());
  });

  app.get('/me', auth.requireFlickr('write'), (req, res, next) => {
    listPhotos(req.flickr).then((photos) => {
      const uploaded = typeof req.query['uploaded'] === 'string' ? req.query['uploaded'] : '';
      const notice = uploaded === '' ? undefined : `Uploaded photo ${uploaded}.`;
      res.type('html').send(photosPage(req.flickrUser!, photos, notice));
    }, next);
  });

  app.post('/upload', auth.requireFlickr('write'), (req, res, next) => {
    receiveUpload(req).then((photoId) => {
      res.redirect(303, `/me?uploaded=${encodeURIComponent(photoId)}`);
    }, next);
  });

  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);

      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    options.log(`error: ${message}`);
    res.status(error instanceof UploadFormError ? 400 : 502).type('html').send(renderMessagePage({
      title: 'Something went wrong',
      explanation: message,
      linkHref: '/me',
      linkText: 'Back to your photos',
    }));
  });

  return { app, close: () => auth.close() };
}

/** A malformed upload form. */
class UploadFormError extends Error {}

/**
 * Streams the form's file part straight to Flickr: nothing is written to disk or held whole.
 * The title field comes before the file in the form, so it is known when the file starts.
 */
function receiveUpload(req: Request): Promise<string> {
  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      form = busboy({ headers: req.headers, limits: { files: 1, fileSize: 200 * 1024 * 1024 } });
    } catch (error) {
      reject(new UploadFormError(`upload: ${(error as Error).message}`));

      return;
    }
    let title = '';
    let upload: Promise<string> | undefined;
    form.on('field', (name, value) => {
      if (name === 'title') title = value;
    });
    form.on('file', (_name, file, info) => {
      // Past the size limit busboy truncates the file silently: fail the upload instead.
      file.once('limit', () => file.destroy(new UploadFormError('upload: the file is too large')));
      upload = uploadPhoto(req.flickr, file, info.filename || 'photo.jpg', title);
      upload.catch(() => file.resume());
    });
    form.on('error', (error) => reject(new UploadFormError(`upload: ${(error as Error).message}`)));
    form.on('close', () => {
      if (upload === undefined) reject(new UploadFormError('upload: the form has no file'));
      else upload.then(resolve, reject);
    });
    req.pipe(form);
  });
}
