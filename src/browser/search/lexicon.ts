/** The words search knows (`/search/words.json`), fetched once with the first word typed. */
import { LEXICON_PATH } from '../../utils/paths.ts';
import type { Lexicon } from '../../utils/search/lexicon.ts';

let lexicon: Promise<Lexicon> | undefined;

/** Reads the lexicon once; a failed download is tried again next time. */
export function loadLexicon(): Promise<Lexicon> {
	lexicon ??= fetch(LEXICON_PATH).then((response) => {
		if (!response.ok) throw new Error(`${LEXICON_PATH} answered ${response.status}: rebuild the site.`);
		return response.json() as Promise<Lexicon>;
	});
	lexicon.catch(() => (lexicon = undefined));
	return lexicon;
}
