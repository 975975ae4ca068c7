// Word lists for the name detector. The name data lives in data/ at the repository root (see data/SOURCES.md).
import firstNamesData from '../../../../data/firstnames-nl.json';
import publicPersonsData from '../../../../data/public-persons-nl.json';
import historicalPersonsData from '../../../../data/historical-persons.json';
import placesData from '../../../../data/places-nl.json';
import { MONTHS as MONTH_NAMES } from '../dates/names';

export const FIRST_NAMES: ReadonlySet<string> = new Set(firstNamesData as string[]);
export const BUILTIN_PUBLIC_PERSONS: readonly string[] = publicPersonsData as string[];
/** Well-known historical persons (and their namesake institutions): not personal data of anyone in the document. */
export const BUILTIN_HISTORICAL_PERSONS: readonly string[] = historicalPersonsData as string[];
export const PLACES: readonly string[] = placesData as string[];
export const PLACE_WORDS: ReadonlySet<string> = new Set((placesData as string[]).flatMap((p) => p.split(/\s+/)));

/** Surname particles (tussenvoegsels), lower case. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", '’t', 'in', 'op', 'uit', 'onder', 'aan', 'bij', 'voor',
  'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'von', 'zu', 'vom', 'el', 'al', 'ben', 'bin', 'ibn', 'abu',
  'ould', "d'", 'vd', 'v.d.', 'v/d',
]);

/** Particles that may start a surname only in lower case inside a name (not 'in', 'op', … which are also prepositions). */
export const CORE_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", '’t', 'la', 'le', 'du', 'da', 'di', 'del', 'von', 'vd',
]);


/** Academic titles before a name. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'dr', 'dr.', 'drs', 'drs.', 'ir', 'ir.', 'ing', 'ing.', 'prof', 'prof.', 'ds', 'ds.', 'bc.', 'bc', 'mba',
  'msc', 'ma', 'ba', 'llm', 'phd', 'em.', 'dra.', 'mrs.', 'kap', 'maj', 'lt', 'ltz', 'ktz', 'kol', 'lkol', 'bgen',
  'gen', 'sgt', 'adj', 'elnt', 'tlnt', 'kpl', 'sld', 'ritm', 'cdr', 'kltz', 'bc', 'ing', 'ds', 'pastoor', 'ir',
]);

/** Role words that make the name after them public (a bewindspersoon, Kamerlid, …). Lower case. */
export const PUBLIC_ROLES: ReadonlySet<string> = new Set([
  'lid', 'leden', 'kamerlid', 'kamerleden', 'tweede-kamerlid', 'eerste-kamerlid', 'minister', 'ministers',
  'minister-president', 'premier', 'staatssecretaris', 'staatssecretarissen', 'bewindspersoon', 'bewindspersonen',
  'senator', 'senatoren', 'europarlementariër', 'europarlementariers', 'fractievoorzitter', 'fractieleider',
  'partijleider', 'lijsttrekker', 'kamervoorzitter', 'voorzitter', 'vicevoorzitter', 'vice-voorzitter', 'covoorzitter', 'burgemeester', 'wethouder', 'gedeputeerde',
  'commissaris', 'gouverneur', 'koning', 'koningin', 'prins', 'prinses', 'secretaris-generaal', 'directeur-generaal',
  'plaatsvervangend', 'woordvoerder', 'woordvoerster', 'ombudsman', 'president', 'vicepresident', 'vice-president',
  'ambassadeur', 'rapporteur', 'informateur', 'formateur', 'verkenner', 'kamerlid', 'oud-minister',
  'oud-staatssecretaris', 'oud-kamerlid', 'oud-premier', 'eurocommissaris', 'indiener', 'indieners', 'vragensteller',
  'vragenstellers', 'raadslid', 'statenlid', 'gemeenteraadslid', 'hoogleraar', 'nationale', 'kinderombudsman',
  'procureur-generaal', 'advocaat-generaal', 'landsadvocaat', 'dijkgraaf', 'staatsraad', 'vicepresident', 'rector',
  'magnificus', 'generaal', 'commandant', 'luitenant-generaal', 'vice-admiraal', 'admiraal', 'klimaatgezant', 'gezant',
  'ceo', 'topman', 'topvrouw', 'bestuursvoorzitter', 'directeur-bestuurder', 'hoofdredacteur', 'columnist',
  'inspecteur-generaal', 'thesaurier-generaal', 'griffier', 'ombudsvrouw', 'kinderombudsvrouw', 'hoofdcommissaris',
  'korpschef', 'rijksbouwmeester', 'rijksarchivaris', 'burgemeesters', 'wethouders', 'gedeputeerden', 'voorzitters',
  'commissarissen', 'ambassadeurs', 'europarlementariër', 'bisschop', 'kardinaal', 'paus', 'keizer', 'keizerin',
  'gouverneurs', 'gezaghebber', 'eilandgedeputeerde', 'statenvoorzitter', 'raadsvoorzitter', 'partijvoorzitter',
  'vakbondsvoorzitter', 'president-directeur', 'voorzitster',
]);

/** Role words that make the name after them a civil servant (or a citizen in a civil role). Lower case. */
export const CIVIL_ROLES: ReadonlySet<string> = new Set([
  'contactpersoon', 'medewerker', 'medewerkster', 'beleidsmedewerker', 'beleidsmedewerkster', 'ambtenaar',
  'adviseur', 'senior-adviseur', 'beleidsadviseur', 'jurist', 'projectleider', 'programmamanager', 'teamleider',
  'afdelingshoofd', 'clustercoördinator', 'coördinator', 'collega', 'collega’s', "collega's", 'stagiair',
  'stagiaire', 'trainee', 'secretaresse', 'managementassistent', 'behandelaar', 'casemanager', 'klantmanager',
  'inspecteur', 'controller', 'analist', 'onderzoeker', 'directeur', 'plv.', 'hoofd', 'manager', 'steller',
  'opsteller', 'auteur', 'beleidsmedewerkers', 'medewerkers', 'collega’s', 'burger', 'verzoeker', 'verzoekster',
  'bezwaarmaker', 'klager', 'aanvrager', 'melder', 'betrokkene', 'cliënt', 'client', 'huurder', 'bewoner',
  'werknemer', 'sollicitant', 'kandidaat', 'zaakbehandelaar', 'contactpersonen', 'accountmanager',
]);

/** Known political parties (for "Naam (PARTIJ)"). Matched case-sensitively after stripping spaces. */
export const PARTIES: ReadonlySet<string> = new Set([
  'VVD', 'PVV', 'CDA', 'D66', 'GL', 'GroenLinks', 'PvdA', 'GL-PvdA', 'GroenLinks-PvdA', 'GL/PvdA', 'SP', 'PvdD', 'CU',
  'ChristenUnie', 'SGP', 'DENK', 'FvD', 'JA21', 'Volt', 'BBB', 'NSC', 'BIJ1', '50PLUS', '50Plus', 'EénNL', 'EenNL',
  'Groep Van Haga', 'Groep van Haga', 'BVNL', 'Lid Omtzigt', 'Fractie Den Haan', 'Den Haan', 'PVDA', 'OSF', 'GO',
  'Groep Krol/vKA', 'Krol', 'vKA', 'Code Oranje', 'LEF', 'Splinter', 'Partij voor de Dieren', 'Forum voor Democratie',
]);

/** Capitalised words that are not (part of) a person's name in government text. Lower case. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `
aan aanhangsel aanleiding aanpak aanvullend achtergrond advies adviezen akkoord al algemeen algemene alle alleen als
ambtenaar ambtenaren ambtelijk ambtelijke andere antwoord antwoorden april artikel augustus autoriteit ook
begroting behandeling beide bent beleid bericht beslispunten besluit betreft bij bijlage bijlagen binnen
binnenlandse binnenhof brief buitenlandse bureau ca centrum commissie communicatie conclusie conform cultuur
daarbij daarmee daarnaast daarom daartoe dat datum de december defensie deze die dienst dinsdag directie directeur
directoraat-generaal dit donderdag door doordat drie dus echter economische een eerste eerder en enkele er europa
europees europese evenals februari financiën financiele financiële gaat geachte geadviseerd geen gemeente
gemeenten gezien graag groep grondwet haar handelingen handreiking heeft hebben het hierbij hiermee hij hoe hoewel
huis ik in indien informatie infrastructuur inleiding is ja januari juli juni justitie kabinet kamer kamerbrief
kamerstuk kamervragen kan kern klimaat koninkrijk koninkrijksrelaties kortom kunt landbouw maandag maar maart mag
mei met minister ministerie ministeries moet motivering na naar namens natuur nederland nederlandse nee niet noch
nota november nu of oktober om omdat onder onderwerp onderwijs ons onze ook op opgesteld over overheid pagina per
politieke provincie raad rijksdienst rijksoverheid samenvatting samengewerkt september sinds sociale sport
staatssecretaris staten stichting tegelijkertijd ten ter terwijl tevens toelichting tot tussen tweede u uit
uitvoering universiteit uw van vanuit vanwege veiligheid verder vereniging vervolgens via voedselkwaliteit volgens
volksgezondheid voor voorts vraag vragen vrijdag waarbij waarom wanneer wat we welzijn werkgelegenheid
wetenschap wet wie wij woensdag wordt worden zaken zaterdag ze zie zij zijn zo zodat zondag zou zullen zal
zoals zowel wel want toch thans tenslotte slotte tot bovendien hierdoor daardoor hierover daarover waarmee hoofdstuk
paragraaf punt onderdeel deel fase optie variant scenario categorie type model kolom tabel figuur regel lid sub
bron noot voetnoot zitting vergadering vergaderjaar nr nummer kenmerk referentie ministers
waterstaat handel ontwikkelingssamenwerking asiel migratie volkshuisvesting ruimtelijke ordening koning koningin
mijnheer heer mevrouw beste hoogachtend groet groeten vriendelijke hartelijke
bewindspersoon bewindspersonen directoraat programma project regeling besluitvorming ondertekening kennisname
informatie besluitvorming adviesraad rekenkamer inspectie agentschap belastingdienst toeslagen uwv svb duo cbs
cpb scp rivm knmi ind coa dji om politie rechtspraak tenzij mits zowel tweede-kamerlid senaat parlement
nationale ombudsman staat raad-van-state state generaal staten-generaal rijk rijks provincies gemeenten waterschappen
noord zuid oost west midden nieuw nieuwe oud oude groot grote klein kleine hoog hoge laag lage lang lange kort korte
internationaal internationale nationaal landelijk landelijke regionaal regionale lokaal lokale
totaal subtotaal bedrag bedragen kosten baten budget miljoen miljard euro procent
bel mail stuur neem zoek lees contact center centre service desk office support group team functie telefoon telefoonnummer mobiel e-mail email e-mailadres adres naam organisatie rol afdeling
openbaar openbare publieke persoonsgegevens informatiehuishouding bestuur openbaarheid woo wob avg uavg postbus
zie-ook betreffende inzake omtrent conform namens t.a.v. tav cc bcc van: aan: onderwerp: datum: verzonden: kopie
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Month names (never a surname even when capitalised): the date module's list. */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** Forms of address before a name, lower case without the full stop ("dhr.", "mevrouw", "fam."). */
export const HONORIFICS: ReadonlySet<string> = new Set(['heer', 'mevrouw', 'mevr', 'mw', 'dhr', 'meneer', 'mej', 'mejuffrouw', 'mijnheer', 'familie', 'fam']);

/** Words that, as the last word before a name, mark an organisation name rather than a person. Lower case. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'stichting', 'vereniging', 'universiteit', 'hogeschool', 'ministerie', 'gemeente', 'provincie', 'bank', 'fonds',
  'instituut', 'centrum', 'college', 'raad', 'bureau', 'dienst', 'huis', 'museum', 'theater', 'ziekenhuis', 'school',
  'kliniek', 'groep', 'holding', 'bv', 'b.v.', 'nv', 'n.v.', 'coöperatie', 'programma', 'prijs', 'lezing', 'zaal',
  'gebouw', 'kazerne', 'plein', 'straat', 'laan', 'brug', 'sluis', 'tunnel', 'haven', 'station', 'campus', 'academie',
  'leerstoel', 'award', 'penning', 'medaille', 'fractie',
]);

/**
 * Words of a firm's name after the owner's surname ("Jansen Advies B.V.", "Wouters Advocaten", "Klaassens
 * Facilitair"). Lower case. A surname in a firm name is personal data (test/pii-corpus/README.md).
 */
export const FIRM_WORDS: ReadonlySet<string> = new Set([
  'advocaten', 'advocatuur', 'advocatenkantoor', 'notarissen', 'notariaat', 'notariskantoor', 'partners', 'consultancy',
  'consultants', 'consulting', 'advies', 'adviesbureau', 'adviseurs', 'accountants', 'accountancy', 'architecten',
  'makelaars', 'makelaardij', 'vertalingen', 'vertaalbureau', 'interim', 'management', 'facilitair', 'facilities',
  'bouw', 'bouwbedrijf', 'installatietechniek', 'installaties', 'transport', 'holding', 'beheer', 'services',
  'schoonmaak', 'schoonmaakdiensten', 'ingenieurs', 'ingenieursbureau', 'engineering', 'juristen',
  'belastingadviseurs', 'coaching', 'trainingen', 'training', 'organisatieadvies', 'evenementen', 'catering',
  'recruitment', 'detachering', 'projectmanagement', 'communicatieadvies', 'onderzoek', 'research', 'zonen',
  'letselschade', 'arbeidsrecht', 'bestuursrecht', 'familierecht', 'strafrecht', 'fiscalisten', 'mediation',
]);

/** Firms and brands whose name is no person's (a surname-like word before "B.V." or "Consulting"). Folded. */
export const NOT_PERSON_FIRMS: ReadonlySet<string> = new Set(
  `capgemini accenture deloitte atos centric ordina sogeti microsoft google amazon oracle ibm sap cisco philips shell
unilever randstad rabobank ahold heineken ecorys significant panteia gartner mckinsey kpmg pwc bdo mazars thornton
berenschot twynstra gudde elffers conclusion topicus cgi infosys logica getronics vodafone ziggo kpn tennet alliander
enexis stedin prorail arcadis witteveen haskoning haskoningdhv fugro boskalis heijmans ballast nedam sweco antea tauw
movares yacht brunel adecco manpower`.split(/\s+/).filter(Boolean),
);
