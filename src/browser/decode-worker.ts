/**
 * Reads a large paste off the page's thread, so the decoder's page stays
 * responsive while a megabyte of JSON is parsed and walked: it only extracts
 * the findings (no catalog needed); the page looks them up.
 */
import { extract } from '../utils/decode.ts';
import { explainInvalidJson } from '../utils/decode-explain.ts';

self.addEventListener('message', (event: MessageEvent<{ id: number; text: string }>) => {
	const { id, text } = event.data;
	self.postMessage({ id, result: extract(text, explainInvalidJson) });
});
