/**
 * A JSON Schema for the structured data the site writes, independent of the
 * code that writes it: what schema.org and search engines need of a reference
 * page (Google's breadcrumb rules: a position from 1, a name and an absolute
 * item URL each), and nothing outside schema.org's vocabulary at those places.
 */
const absoluteUrl = { type: 'string', format: 'uri', pattern: '^https?://' };
const text = { type: 'string', minLength: 1 };

const breadcrumbList = {
	type: 'object',
	required: ['@type', 'itemListElement'],
	additionalProperties: false,
	properties: {
		'@type': { const: 'BreadcrumbList' },
		itemListElement: {
			type: 'array',
			minItems: 1,
			items: {
				type: 'object',
				required: ['@type', 'position', 'name', 'item'],
				additionalProperties: false,
				properties: {
					'@type': { const: 'ListItem' },
					position: { type: 'integer', minimum: 1 },
					name: text,
					item: absoluteUrl,
				},
			},
		},
	},
};

/** What every page node has: where it is, what it is part of, what it is based on. */
const pageProperties = {
	'@id': absoluteUrl,
	url: absoluteUrl,
	description: text,
	image: absoluteUrl,
	inLanguage: { const: 'en' },
	dateModified: { type: 'string', format: 'date' },
	isPartOf: {
		type: 'object',
		required: ['@type', 'name', 'url'],
		properties: { '@type': { const: 'WebSite' }, name: text, url: absoluteUrl },
	},
	isBasedOn: {
		type: 'object',
		required: ['@type', 'url'],
		properties: { '@type': { const: 'WebPage' }, name: text, url: { const: 'https://bigml.com/api/status_codes' } },
	},
};
const pageRequired = ['@type', '@id', 'url', 'description', 'image', 'isPartOf', 'isBasedOn', 'dateModified'];

const definedTerm = {
	type: 'object',
	required: ['@type', 'termCode', 'name'],
	properties: { '@type': { const: 'DefinedTerm' }, termCode: { type: 'string', pattern: '^-?\\d+$' }, name: text },
};

const techArticle = {
	type: 'object',
	required: [...pageRequired, 'headline', 'about'],
	additionalProperties: false,
	properties: {
		...pageProperties,
		'@type': { const: 'TechArticle' },
		headline: text,
		about: {
			...definedTerm,
			required: [...definedTerm.required, 'description', 'inDefinedTermSet'],
			properties: {
				...definedTerm.properties,
				description: text,
				inDefinedTermSet: {
					type: 'object',
					required: ['@type', 'name', 'url'],
					properties: { '@type': { const: 'DefinedTermSet' }, name: text, url: absoluteUrl },
				},
			},
		},
	},
};

const collectionPage = {
	type: 'object',
	required: [...pageRequired, 'name', 'mainEntity'],
	additionalProperties: false,
	properties: {
		...pageProperties,
		'@type': { const: 'CollectionPage' },
		name: text,
		mainEntity: {
			type: 'object',
			required: ['@type', 'name', 'hasDefinedTerm'],
			properties: {
				'@type': { const: 'DefinedTermSet' },
				name: text,
				description: text,
				hasDefinedTerm: {
					type: 'array',
					minItems: 1,
					items: {
						...definedTerm,
						required: [...definedTerm.required, 'url'],
						properties: { ...definedTerm.properties, url: absoluteUrl },
					},
				},
			},
		},
	},
};

/** The JSON-LD of a code page (a TechArticle) or a group page (a CollectionPage), each with its breadcrumbs. */
export const STRUCTURED_DATA_SCHEMA = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	type: 'object',
	required: ['@context', '@graph'],
	additionalProperties: false,
	properties: {
		'@context': { const: 'https://schema.org' },
		'@graph': {
			type: 'array',
			minItems: 2,
			maxItems: 2,
			prefixItems: [{ oneOf: [techArticle, collectionPage] }, breadcrumbList],
		},
	},
};
