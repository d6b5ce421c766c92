/**
 * Message templates in the languages luxlint has terms for. A finding speaks the language of
 * its rule (French rules in French documents, and so on).
 */
export interface Templates {
  avoid(shown: string, instead: string, edition: string): string
  caution(shown: string, instead: string, edition: string): string
  advisory(shown: string, instead: string): string
  citation(shown: string, reason: string, instead: string): string
  mention(shown: string, reason: string, preferred: string): string
  quote(shown: string, reason: string, preferred: string): string
  quote_(value: string): string
  or: string
  otherWording: string
  /** Context reasons, translated from their English form. */
  reasons: Array<[RegExp, string]>
}

const q = (open: string, close: string) => (value: string) => `${open}${value}${close}`

const en: Templates = {
  quote_: q('“', '”'),
  or: 'or',
  otherWording: 'other wording',
  avoid: (s, i, e) => `Avoid ${s}${i ? `; write ${i}` : ''}. The Luxembourg Guidelines (${e}) recommend against this term.`,
  caution: (s, i, e) => `Use ${s} with caution${i ? `; prefer ${i}` : ''}. The Luxembourg Guidelines (${e}) call for care with this term.`,
  advisory: (s, i) => `Consider ${i || 'other wording'} instead of ${s} (advisory: not confirmed as a Luxembourg Guidelines recommendation).`,
  citation: (s, r, i) => `Allowed: ${r}. ${s} is the wording of the cited title${i ? `; in your own words, write ${i}` : ''}.`,
  mention: (s, r, p) => `Mention of ${s} (${r})${p ? `; the recommended term is ${p}` : ''}.`,
  quote: (s, r, p) => `${s} is quoted (${r}); keep the source’s words${p ? ` and consider naming it ${p} in your own text` : ''}.`,
  reasons: []
}

const fr: Templates = {
  quote_: q('« ', ' »'),
  or: 'ou',
  otherWording: 'une autre formulation',
  avoid: (s, i, e) => `Évitez ${s}${i ? ` ; écrivez ${i}` : ''}. Les Lignes directrices de Luxembourg (${e}) déconseillent ce terme.`,
  caution: (s, i, e) => `Employez ${s} avec prudence${i ? ` ; préférez ${i}` : ''}. Les Lignes directrices de Luxembourg (${e}) appellent à la vigilance.`,
  advisory: (s, i) => `Envisagez ${i || 'une autre formulation'} plutôt que ${s} (à titre indicatif : recommandation non confirmée des Lignes directrices de Luxembourg).`,
  citation: (s, r, i) => `Autorisé : ${r}. ${s} reprend la formulation du titre cité${i ? ` ; dans votre propre texte, écrivez ${i}` : ''}.`,
  mention: (s, r, p) => `Mention de ${s} (${r})${p ? ` ; le terme recommandé est ${p}` : ''}.`,
  quote: (s, r, p) => `${s} figure dans une citation (${r}) ; gardez les mots de la source${p ? ` et envisagez ${p} dans votre propre texte` : ''}.`,
  reasons: [
    [/^part of the title of (.*)$/, 'extrait du titre de $1'],
    [/^title of (.*)$/, 'titre de $1'],
    [/^name of (.*)$/, 'nom de $1'],
    [/^heading of (.*)$/, 'intitulé de $1'],
    [/^the legal term \((.*)\)$/, 'terme juridique ($1)'],
    [/^name of an offence \((.*)\)$/, "nom d'une infraction ($1)"],
    [/^named as the offence a law defines$/, "infraction telle que la loi la nomme"],
    [/^the subject of (.*)$/, 'objet de $1'],
    [/^the term in quotation marks$/, 'le terme entre guillemets'],
    [/^an abbreviation being introduced$/, 'sigle introduit'],
    [/^the term is named, not used$/, 'le terme est cité, non employé'],
    [/^one of a list of terms being named$/, "dans une liste de termes"],
    [/^the sentence talks about the term$/, 'la phrase parle du terme'],
    [/^the sentence discusses what the wording implies$/, 'la phrase commente ce que la formulation sous-entend'],
    [/^a myth being corrected$/, 'idée reçue corrigée'],
    [/^a glossary entry$/, 'entrée de glossaire'],
    [/^the term being defined$/, 'terme défini'],
    [/^a table of terms$/, 'tableau de termes'],
    [/^inside a block quotation$/, 'dans un bloc de citation'],
    [/^direct speech attributed to a source$/, 'discours direct attribué à une source'],
    [/^inside quotation marks$/, 'entre guillemets']
  ]
}

const es: Templates = {
  quote_: q('«', '»'),
  or: 'o',
  otherWording: 'otra formulación',
  avoid: (s, i, e) => `Evite ${s}${i ? `; escriba ${i}` : ''}. Las Orientaciones de Luxemburgo (${e}) desaconsejan este término.`,
  caution: (s, i, e) => `Use ${s} con cautela${i ? `; prefiera ${i}` : ''}. Las Orientaciones de Luxemburgo (${e}) piden cuidado con este término.`,
  advisory: (s, i) => `Considere ${i || 'otra formulación'} en lugar de ${s} (orientativo: recomendación no confirmada de las Orientaciones de Luxemburgo).`,
  citation: (s, r, i) => `Permitido: ${r}. ${s} es la redacción del título citado${i ? `; en su propio texto, escriba ${i}` : ''}.`,
  mention: (s, r, p) => `Mención de ${s} (${r})${p ? `; el término recomendado es ${p}` : ''}.`,
  quote: (s, r, p) => `${s} aparece en una cita (${r}); mantenga las palabras de la fuente${p ? ` y considere ${p} en su propio texto` : ''}.`,
  reasons: [
    [/^part of the title of (.*)$/, 'parte del título de $1'],
    [/^title of (.*)$/, 'título de $1'],
    [/^name of (.*)$/, 'nombre de $1'],
    [/^heading of (.*)$/, 'encabezado de $1'],
    [/^the legal term \((.*)\)$/, 'término jurídico ($1)'],
    [/^name of an offence \((.*)\)$/, 'nombre de un delito ($1)'],
    [/^named as the offence a law defines$/, 'delito tal como lo nombra la ley'],
    [/^the subject of (.*)$/, 'objeto de $1'],
    [/^the term in quotation marks$/, 'el término entre comillas'],
    [/^an abbreviation being introduced$/, 'sigla introducida'],
    [/^the term is named, not used$/, 'el término se menciona, no se usa'],
    [/^one of a list of terms being named$/, 'en una lista de términos'],
    [/^the sentence talks about the term$/, 'la frase habla del término'],
    [/^the sentence discusses what the wording implies$/, 'la frase comenta lo que la formulación sugiere'],
    [/^a myth being corrected$/, 'mito corregido'],
    [/^a glossary entry$/, 'entrada de glosario'],
    [/^the term being defined$/, 'término definido'],
    [/^a table of terms$/, 'tabla de términos'],
    [/^inside a block quotation$/, 'en una cita en bloque'],
    [/^direct speech attributed to a source$/, 'discurso directo atribuido a una fuente'],
    [/^inside quotation marks$/, 'entre comillas']
  ]
}

export const templates: Record<string, Templates> = {en, fr, es}

export function templatesFor(language: string): Templates {
  return templates[language] ?? en
}

export function localizeReason(reason: string, t: Templates): string {
  for (const [pattern, replacement] of t.reasons) if (pattern.test(reason)) return reason.replace(pattern, replacement)
  return reason
}
