/** The part of the client-side `google.script` object this page uses. */
declare const google: { script: { host: { close(): void } } };

document.getElementById('close')?.addEventListener('click', () => google.script.host.close());
