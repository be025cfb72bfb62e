// The kind a new code's number implies, for the sync to file a code BigML just added. A person confirms
// each one (the sync lists them): the rules are BigML's numbering pattern, not a reading of the text.
import type { GroupType } from '../../src/schemas/group.ts';
import type { Kind } from '../../src/schemas/kind.ts';
import { KIND_BY_ENDING } from '../../src/schemas/numbering.ts';

/** A kind, and whether BigML's numbering gives it (`pattern`) or the sync fell back on a guess (`guess`). */
export interface ImpliedKind {
	kind: Kind;
	/** `pattern`: the number's place in BigML's numbering says it; `guess`: nothing does, so check it first. */
	by: 'pattern' | 'guess';
	/** Why, in a few words, for the list the sync prints. */
	why: string;
}

/** HTTP statuses by number, as the catalog files them. */
const HTTP: Readonly<Record<number, Kind>> = {
	200: 'http-success',
	201: 'http-created',
	202: 'http-success',
	204: 'http-success',
	400: 'http-bad-request',
	401: 'http-unauthorized',
	402: 'http-payment-required',
	403: 'http-forbidden',
	404: 'http-not-found',
	405: 'http-not-allowed',
	411: 'http-bad-body',
	413: 'http-too-large',
	415: 'http-bad-body',
	429: 'http-rate-limited',
	500: 'http-server-error',
	503: 'http-unavailable',
};

/** Task statuses by number: BigML's own (0 … 5, -1, -2) and those its bindings define (6, -3). */
const STATUS: Readonly<Record<number, Kind>> = {
	0: 'status-pending',
	1: 'status-pending',
	2: 'status-running',
	3: 'status-running',
	4: 'status-summarized',
	5: 'status-finished',
	6: 'status-uploading',
	[-1]: 'status-faulty',
	[-2]: 'status-unknown',
	[-3]: 'status-runnable',
};

/** General errors by number; the hundreds say the rest: -11xx account limits, -12xx bad arguments. */
const GENERAL: Readonly<Record<number, Kind>> = {
	[-1100]: 'general-unauthorized',
	[-1102]: 'general-invalid-id',
	[-1104]: 'general-not-permitted',
	[-1105]: 'general-not-permitted',
	[-1201]: 'general-invalid-id',
};

/** The kind a code's number implies in a group of the given type. */
export function kindOfNumber(type: GroupType, code: number): ImpliedKind {
	const known = (kind: Kind | undefined, why: string): ImpliedKind | undefined =>
		kind === undefined ? undefined : { kind, by: 'pattern', why };
	const guess = (kind: Kind, why: string): ImpliedKind => ({ kind, by: 'guess', why });
	switch (type) {
		case 'family': {
			const suffix = -code % 1000;
			return (
				known(
					(KIND_BY_ENDING as Readonly<Record<number, Kind>>)[suffix],
					`…${String(suffix).padStart(3, '0')} in BigML's numbering`,
				) ??
				// An ending the pattern does not use may not take a kind the pattern gives (src/schemas/numbering.ts).
				guess('not-available', `BigML's numbering has no …${String(Math.abs(suffix)).padStart(3, '0')}`)
			);
		}
		case 'http':
			return (
				known(HTTP[code], `HTTP ${code}`) ??
				(code < 300
					? guess('http-success', `an unlisted ${Math.floor(code / 100)}xx status`)
					: code < 500
						? guess('http-bad-request', `an unlisted ${Math.floor(code / 100)}xx status`)
						: guess('http-server-error', `an unlisted ${Math.floor(code / 100)}xx status`))
			);
		case 'status':
			return known(STATUS[code], `task status ${code}`) ?? guess('status-unknown', `no task status ${code} before`);
		case 'general':
			return (
				known(GENERAL[code], `general error ${code}`) ??
				(Math.floor(-code / 100) === 11
					? { kind: 'general-limit', by: 'pattern', why: '-11xx: an account limit' }
					: Math.floor(-code / 100) === 12
						? { kind: 'general-invalid-argument', by: 'pattern', why: '-12xx: a bad argument' }
						: guess('general-invalid-argument', `${code} is outside -11xx and -12xx`))
			);
	}
}
