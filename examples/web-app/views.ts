// HTML of the example site. Every value from Flickr or the visitor goes through escapeHtml.
import { escapeHtml } from 'flickrapi-ts/web';

/** One photo of the grid. */
export interface GridPhoto {
  id: string;
  title: string;
  thumbnailUrl: string;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; }
  .grid { display: grid; gap: .5rem; grid-template-columns: repeat(auto-fill, 150px); }
  .grid img { width: 150px; height: 150px; object-fit: cover; display: block; }
  .grid figcaption { font-size: .8rem; overflow: hidden; white-space: nowrap; }
  form { margin: 1rem 0; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The page for visitors who are not signed in. */
export function homePage(): string {
  return layout('Flickr photos', `<h1>Your Flickr photos</h1>
<p>See your photos and upload new ones.</p>
<p><a id="sign-in" href="/auth/flickr/sign-in?perms=write&amp;returnTo=%2Fme">
Sign in with Flickr</a></p>`);
}

/** The signed-in page: the user's name, their photos, an upload form and sign-out. */
export function photosPage(user: { fullname: string; username: string },
  photos: GridPhoto[], notice?: string): string {
  const name = user.fullname !== '' ? user.fullname : user.username;
  const items = photos.map((photo) => `<figure data-photo-id="${escapeHtml(photo.id)}">
<img src="${escapeHtml(photo.thumbnailUrl)}" alt="${escapeHtml(photo.title)}">
<figcaption>${escapeHtml(photo.title)}</figcaption></figure>`).join('\n');

  const heading = `<h1>Hello, <span id="user-name">${escapeHtml(name)}</span></h1>`;

  return layout(`${name} on Flickr`, `${heading}
${notice === undefined ? '' : `<p id="notice">${escapeHtml(notice)}</p>`}
<form id="upload" method="post" action="/upload" enctype="multipart/form-data">
  <label>Title <input name="title" required></label>
  <input type="file" name="photo" accept="image/*" required>
  <button type="submit">Upload</button>
</form>
<form id="sign-out" method="post" action="/auth/flickr/sign-out">
  <button type="submit">Sign out</button>
</form>
<p>${photos.length} photo${photos.length === 1 ? '' : 's'}</p>
<div class="grid" id="photos">
${items}
</div>`);
}
