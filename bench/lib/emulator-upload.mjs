// One large upload into the emulator, sent by curl with a correctly signed OAuth header (the
// signature covers the text fields only, as Flickr's does), while the emulator's memory is
// sampled from /proc. Measures the emulator, not the sender.
import { runProcess } from './processes.mjs';
import { authorizationHeader, signOAuth } from './oauth-signer.mjs';

const SAMPLE_MS = 50;

/**
 * Uploads `file.path` (`bytes` long) to the running emulator `emulator` (from
 * `startEmulatorProcess`). Resolves with `{ seconds, mbPerSec, peakRssMb, sampledPeakRssMb,
 * rssBeforeMb, emulatorCores, photoId }`; rejects unless the reply is `stat="ok"` with a
 * photo id.
 */
export async function uploadToEmulator(emulator, file, bytes) {
  const url = `${emulator.url}/services/upload/`;
  const fields = [['title', 'emulator bench upload'], ['is_public', '0']];
  const oauth = signOAuth({ method: 'POST', url, params: fields, consumerKey: emulator.apiKey,
    consumerSecret: emulator.apiSecret, token: emulator.token, tokenSecret: emulator.tokenSecret });

  const peakWasReset = emulator.resetPeak();
  const rssBeforeMb = emulator.memory().rssMb;
  let sampledPeakRssMb = rssBeforeMb;
  const sampler = setInterval(() => {
    sampledPeakRssMb = Math.max(sampledPeakRssMb, emulator.memory().rssMb);
  }, SAMPLE_MS);
  const cpuBefore = emulator.cpuMs();
  let result;
  try {
    result = await runProcess('curl', ['-sS', '-H', 'Expect:',
      '-H', `Authorization: ${authorizationHeader(oauth)}`,
      ...fields.flatMap(([name, value]) => ['-F', `${name}=${value}`]),
      '-F', `photo=@${file.path};type=image/jpeg`, '-w', '\n@@curl %{http_code} %{time_total}',
      url], { timeoutMs: 900_000 });
  } finally {
    clearInterval(sampler);
  }
  const cpuMs = emulator.cpuMs() - cpuBefore;
  const memory = emulator.memory();

  const match = /\n@@curl (\d+) ([\d.]+)$/.exec(result.stdout);
  const body = match ? result.stdout.slice(0, match.index) : result.stdout;
  const photoId = /<rsp stat="ok">\s*<photoid[^>]*>(\d+)<\/photoid>/.exec(body)?.[1];
  if (!match || match[1] !== '200' || photoId === undefined) {
    throw new Error(`emulator upload: expected stat="ok" with a photo id, got HTTP ` +
      `${match?.[1] ?? '?'}: ${body.slice(0, 200)}`);
  }
  const seconds = Number(match[2]);

  return {
    seconds,
    mbPerSec: bytes / 1024 ** 2 / seconds,
    // VmHWM covers every byte of the upload; the sampled peak is a cross-check.
    peakRssMb: peakWasReset ? memory.peakRssMb : Math.max(sampledPeakRssMb, memory.rssMb),
    peakFromVmHwm: peakWasReset,
    sampledPeakRssMb: Math.max(sampledPeakRssMb, memory.rssMb),
    rssBeforeMb,
    emulatorCores: cpuMs / (seconds * 1000),
    photoId,
  };
}
