import { KINDS_BY_TYPE, type Kind } from './kind.ts';

/**
 * BigML.io's numbering, as its Status Codes table follows it, and the codes
 * where the table itself breaks it. The build holds every group to these
 * rules (src/schemas/group.ts, one file; src/schemas/catalog.ts, across files).
 */

/** A group type, as `src/schemas/group.ts` names it (kept here as a type, so this module imports no schema). */
type GroupType = keyof typeof KINDS_BY_TYPE;
/** A kind of family code. */
type FamilyKind = (typeof KINDS_BY_TYPE)['family'][number];

/** The numbers each type of group holds: what a number outside them is, and what to do. */
export const NUMBER_RANGES: Record<GroupType, { min: number; max: number; outside: (code: number) => string }> = {
	http: {
		min: 100,
		max: 599,
		outside: () => "is not an HTTP status: HTTP statuses run from 100 to 599; check the number in BigML.io's table",
	},
	status: {
		min: -9,
		max: 9,
		outside: () =>
			"is not a task status: task statuses are small numbers, from -9 to 9 (BigML.io's run from -3 to 6); an error code belongs in general.yaml or in its family's file",
	},
	general: {
		min: -Infinity,
		max: -1,
		outside: (code) =>
			`is ${code === 0 ? 'zero' : 'positive'}: BigML.io general error codes are negative, such as -1101; write the minus sign`,
	},
	family: {
		min: -Infinity,
		max: -1,
		outside: (code) =>
			`is ${code === 0 ? 'zero' : 'positive'}: BigML.io error codes of a family are negative, such as -4002; write the minus sign`,
	},
};

/**
 * The pattern of family codes. Family N numbers its codes -N000 to -N999
 * (models -4xxx, anomaly detectors -13xxx), and the last three digits say
 * what went wrong. One-digit families write "cannot be created now" as
 * -N0021 (-40021 for models, -30021 for datasets), which is also the -N021 of
 * family N×10 (linear regressions -40021, time series -30021): a number can
 * stand in two groups, and a code is identified by group and number together.
 */
export const KIND_BY_ENDING = {
	0: 'not-ready',
	1: 'bad-request',
	2: 'cannot-create',
	3: 'cannot-retrieve',
	4: 'cannot-delete',
	5: 'faulty',
	8: 'cannot-clone',
	21: 'cannot-create-now',
} as const satisfies Record<number, FamilyKind>;

/** The kinds the pattern gives, each with the ending it gives it to. */
const ENDING_OF_KIND = new Map<Kind, number>(
	Object.entries(KIND_BY_ENDING).map(([ending, kind]) => [kind, Number(ending)]),
);

/**
 * Family codes where BigML's table (or a code seen outside it) breaks the
 * pattern, by `group/number`, with the kind each has instead and why. The
 * build holds each to its kind here and spares it the pattern. A code whose
 * ending the pattern does not use and whose kind the pattern does not give
 * (dataset-export/-9006, "not-available") breaks nothing and needs no entry.
 */
export const NUMBERING_EXCEPTIONS: Readonly<Record<string, { kind: FamilyKind; reason: string }>> = {
	'source/-2000': {
		kind: 'unreadable',
		reason:
			'BigML\'s table words it "This source cannot be read properly": a source that cannot be read, where …000 is elsewhere "not ready yet"',
	},
	'dataset/-3000': {
		kind: 'unreadable',
		reason:
			'BigML\'s table words it "This dataset cannot be read properly": a dataset that cannot be read, where …000 is elsewhere "not ready yet"',
	},
	'source/-2020': {
		kind: 'faulty',
		reason:
			"an observed code, not in BigML's table: BigML's Python documentation shows it as the error of a source that ended Faulty (a spreadsheet it could not parse); 020 is no ending of the pattern",
	},
	'execution/-8200': {
		kind: 'faulty',
		reason:
			"an observed code, not in BigML's table: bigml-rs captured it as the error of a Faulty execution (\"Problem while executing script\"); its number lies among the ensembles' -8xxx, not the executions' -21xxx",
	},
};

/** The family numbers a code fits: -4002 fits 4; -40021 fits 40 and, as the -N0021 of a one-digit family, 4. */
export function familyNumbersOf(code: number): number[] {
	const magnitude = -code;
	const numbers = [Math.floor(magnitude / 1000)];
	if (magnitude % 10000 === 21 && magnitude < 100000) numbers.push(Math.floor(magnitude / 10000));
	return numbers;
}

/** The numbers of family N, in words: "-4000 to -4999, and -40021". */
export const familyRange = (n: number) => `-${n}000 to -${n}999${n < 10 ? `, and -${n}0021` : ''}`;

/** A group as far as its numbering goes. */
interface NumberedGroup {
	slug: string;
	type: GroupType;
	codes: readonly { code: number; kind: Kind }[];
}

/** A family code the pattern applies to: a whole negative number of four digits or more, not an exception. */
const followsPattern = (slug: string, code: number) =>
	Number.isInteger(code) && code <= -1000 && NUMBERING_EXCEPTIONS[`${slug}/${code}`] === undefined;

/**
 * The family's number: the one most of its codes fit (the first, on a tie),
 * leaving out the exceptions. Undefined for a family with no code the pattern
 * applies to.
 */
export function familyNumber(group: NumberedGroup): number | undefined {
	const votes = new Map<number, number>();
	for (const { code } of group.codes) {
		if (!followsPattern(group.slug, code)) continue;
		for (const n of familyNumbersOf(code)) votes.set(n, (votes.get(n) ?? 0) + 1);
	}
	let best: number | undefined;
	for (const [n, count] of votes) if (best === undefined || count > votes.get(best)!) best = n;
	return best;
}

/** One breach of the numbering: where in the group (`[index, field]` of its codes) and what to do. */
export interface NumberingIssue {
	index: number;
	field: 'code' | 'kind';
	message: string;
}

const HOW_TO_EXCEPT =
	"if BigML's table itself numbers the code so, add it to NUMBERING_EXCEPTIONS in src/schemas/numbering.ts, with the reason";

/**
 * Checks a group's numbers against BigML's numbering: the range of its type,
 * and for families the pattern (one number per family, the kind each ending
 * gives) with its exceptions. Numbers that are not whole are left to the
 * code's own schema.
 */
export function numberingIssues(group: NumberedGroup): NumberingIssue[] {
	const issues: NumberingIssue[] = [];
	const range = NUMBER_RANGES[group.type];
	const inRange = group.codes.map(({ code }, index) => {
		if (!Number.isInteger(code)) return false;
		if (code >= range.min && code <= range.max) return true;
		issues.push({ index, field: 'code', message: range.outside(code) });
		return false;
	});
	if (group.type !== 'family') return issues;

	const number = familyNumber(group);
	const familyKinds: readonly Kind[] = KINDS_BY_TYPE.family;
	group.codes.forEach(({ code, kind }, index) => {
		if (!inRange[index]) return;
		const exception = NUMBERING_EXCEPTIONS[`${group.slug}/${code}`];
		// A kind of another group type is refused by the group's schema, once.
		const isFamilyKind = familyKinds.includes(kind);
		if (exception) {
			if (isFamilyKind && kind !== exception.kind) {
				issues.push({
					index,
					field: 'kind',
					message: `is "${kind}", but ${group.slug}/${code} is one of the exceptions to BigML's numbering, of kind "${exception.kind}" (${exception.reason}); set kind: ${exception.kind}`,
				});
			}
			return;
		}
		if (code > -1000) {
			issues.push({
				index,
				field: 'code',
				message: `has fewer than four digits: BigML.io numbers the codes of family N from -N000 to -N999 (models -4000 to -4999); check the number`,
			});
			return;
		}
		if (number !== undefined && !familyNumbersOf(code).includes(number)) {
			issues.push({
				index,
				field: 'code',
				message: `is outside this family's numbers: BigML.io numbers all of a family's codes alike, and this family's are ${familyRange(number)}; check the number, or move the code to the file of its own family`,
			});
		}
		if (!isFamilyKind) return;
		const ending = -code % 1000;
		const expected = (KIND_BY_ENDING as Record<number, FamilyKind | undefined>)[ending];
		const digits = (n: number) => String(n).padStart(3, '0');
		if (expected !== undefined && kind !== expected) {
			issues.push({
				index,
				field: 'kind',
				message: `"${kind}" contradicts BigML's numbering: a family code ending in ${digits(ending)} is "${expected}"; set kind: ${expected}, or check the number; ${HOW_TO_EXCEPT}`,
			});
		} else if (expected === undefined && ENDING_OF_KIND.has(kind)) {
			issues.push({
				index,
				field: 'code',
				message: `ends in ${digits(ending)}, but BigML's numbering ends "${kind}" codes in ${digits(ENDING_OF_KIND.get(kind)!)}: check the number, or the kind; ${HOW_TO_EXCEPT}`,
			});
		}
	});
	return issues;
}
