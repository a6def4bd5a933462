// The German building blocks of generated corpora: morphemes for compound titles, adjectives,
// sentence templates and furniture for lists and tables. Only data; generate-corpus.ts combines
// them. Slots in templates: {T} the entry's own title, {L} a link to another entry, {C} a long
// feminine compound, {P} a neuter compound, {A} actors, {O} objects.

/** First parts of compounds, in their joining form (`Bildungs-`). */
export const firstParts = [
  'Schul', 'Kultur', 'Bildungs', 'Kooperations', 'Entwicklungs', 'Lern', 'Kunst', 'Jugend', 'Netzwerk', 'Qualitäts',
  'Förder', 'Übergangs', 'Ganztags', 'Teilhabe', 'Gestaltungs', 'Beteiligungs', 'Unterrichts', 'Medien', 'Theater', 'Musik',
  'Tanz', 'Lese', 'Sprach', 'Erfahrungs', 'Wahrnehmungs', 'Ausdrucks', 'Begegnungs', 'Öffentlichkeits', 'Ästhetik', 'Stadtteil',
  'Landes', 'Eltern', 'Schüler', 'Fortbildungs', 'Beratungs', 'Steuerungs', 'Verantwortungs', 'Außen', 'Groß', 'Spiel',
  'Werk', 'Projekt', 'Zukunfts', 'Orientierungs', 'Vermittlungs', 'Erinnerungs', 'Wissens', 'Bewegungs', 'Kreativ', 'Zeitungs',
];

/** Middle parts of three-part compounds. */
export const middleParts = [
  'entwicklungs', 'bildungs', 'kooperations', 'qualitäts', 'beteiligungs', 'kultur', 'kunst', 'lern', 'förder', 'übergangs',
  'vermittlungs', 'gestaltungs', 'planungs', 'steuerungs', 'öffnungs', 'verantwortungs', 'netzwerk', 'unterrichts',
];

export type Gender = 'f' | 'm' | 'n';

/** Heads of compounds: the word, its gender (for adjective endings) and its plural. */
export const heads: Array<[string, Gender, string]> = [
  ['vereinbarung', 'f', 'vereinbarungen'], ['kultur', 'f', 'kulturen'], ['landschaft', 'f', 'landschaften'], ['arbeit', 'f', 'arbeiten'],
  ['planung', 'f', 'planungen'], ['begleitung', 'f', 'begleitungen'], ['kompetenz', 'f', 'kompetenzen'], ['strategie', 'f', 'strategien'],
  ['werkstatt', 'f', 'werkstätten'], ['maßnahme', 'f', 'maßnahmen'], ['öffnung', 'f', 'öffnungen'], ['gruppe', 'f', 'gruppen'],
  ['partnerschaft', 'f', 'partnerschaften'], ['förderung', 'f', 'förderungen'], ['entwicklung', 'f', 'entwicklungen'], ['beteiligung', 'f', 'beteiligungen'],
  ['qualität', 'f', 'qualitäten'], ['agentur', 'f', 'agenturen'], ['ordnung', 'f', 'ordnungen'], ['gestaltung', 'f', 'gestaltungen'],
  ['vermittlung', 'f', 'vermittlungen'], ['praxis', 'f', 'praktiken'], ['pädagogik', 'f', 'pädagogiken'], ['bildung', 'f', 'bildungen'],
  ['woche', 'f', 'wochen'], ['konferenz', 'f', 'konferenzen'], ['steuerung', 'f', 'steuerungen'], ['beratung', 'f', 'beratungen'],
  ['straße', 'f', 'straßen'], ['forschung', 'f', 'forschungen'], ['evaluation', 'f', 'evaluationen'], ['initiative', 'f', 'initiativen'],
  ['handreichung', 'f', 'handreichungen'], ['leitung', 'f', 'leitungen'], ['prozess', 'm', 'prozesse'], ['übergang', 'm', 'übergänge'],
  ['rat', 'm', 'räte'], ['bericht', 'm', 'berichte'], ['fonds', 'm', 'fonds'], ['verbund', 'm', 'verbünde'],
  ['tag', 'm', 'tage'], ['raum', 'm', 'räume'], ['plan', 'm', 'pläne'], ['ansatz', 'm', 'ansätze'],
  ['dialog', 'm', 'dialoge'], ['beirat', 'm', 'beiräte'], ['wettbewerb', 'm', 'wettbewerbe'], ['kreis', 'm', 'kreise'],
  ['baustein', 'm', 'bausteine'], ['maßstab', 'm', 'maßstäbe'], ['zugang', 'm', 'zugänge'], ['auftrag', 'm', 'aufträge'],
  ['austausch', 'm', 'austausche'], ['konzept', 'n', 'konzepte'], ['profil', 'n', 'profile'], ['angebot', 'n', 'angebote'],
  ['portfolio', 'n', 'portfolios'], ['format', 'n', 'formate'], ['leitbild', 'n', 'leitbilder'], ['labor', 'n', 'labore'],
  ['forum', 'n', 'foren'], ['büro', 'n', 'büros'], ['programm', 'n', 'programme'], ['netzwerk', 'n', 'netzwerke'],
  ['projekt', 'n', 'projekte'], ['modell', 'n', 'modelle'], ['gremium', 'n', 'gremien'], ['zentrum', 'n', 'zentren'],
  ['budget', 'n', 'budgets'], ['verfahren', 'n', 'verfahren'], ['instrument', 'n', 'instrumente'], ['gespräch', 'n', 'gespräche'],
];

/** Adjective stems; endings follow the head's gender (strong declension, no article). */
export const adjectives = [
  'Kulturell', 'Ästhetisch', 'Regional', 'Kommunal', 'Außerschulisch', 'Inklusiv', 'Digital', 'Partizipativ', 'Künstlerisch', 'Öffentlich',
  'Übergreifend', 'Musisch', 'Sozialräumlich', 'Interdisziplinär', 'Nachhaltig', 'Ökologisch',
];

export const adjectiveEndings: Record<Gender | 'plural', string> = { f: 'e', m: 'er', n: 'es', plural: 'e' };

export const actors = [
  'Lehrkräfte', 'Schulleitungen', 'Künstlerinnen und Künstler', 'Kulturschaffende', 'Eltern', 'Schülerinnen und Schüler',
  'Fachkräfte der Jugendarbeit', 'Kulturbeauftragte', 'kommunale Bildungsbüros', 'außerschulische Partner', 'Steuergruppen', 'Schulträger',
];

export const objects = [
  'kulturelle Lernprozesse', 'ästhetische Erfahrungen', 'Beteiligungsformen', 'Übergänge zwischen Schule und Beruf',
  'Kooperationen mit Kultureinrichtungen', 'die Perspektiven der Schülerinnen und Schüler', 'außerunterrichtliche Angebote', 'künstlerische Ausdrucksformen',
];

/** Long feminine compounds for {C}; the issue asks for such words in every size. */
export const feminineCompounds = [
  'Kooperationsvereinbarung', 'Qualitätsentwicklung', 'Bildungslandschaft', 'Kulturvermittlung', 'Ganztagsorganisation', 'Netzwerkarbeit',
  'Schulentwicklungsplanung', 'Raumausstattung', 'Jahresplanung', 'Fortbildungsplanung', 'Unterrichtsentwicklung', 'Öffentlichkeitsarbeit',
  'Kompetenzfeststellung', 'Lehrkräftefortbildung', 'Kulturkooperationsvereinbarung', 'Ganztagsschulentwicklung',
];

/** Neuter compounds for {P}. */
export const neuterCompounds = [
  'Pilotprojekt', 'Kooperationsprojekt', 'Theaterprojekt', 'Modellvorhaben', 'Kulturprogramm', 'Schulentwicklungsvorhaben', 'Tanzprojekt', 'Medienlabor',
];

export const introSentences = [
  '{T} bezeichnet ein Handlungsfeld, in dem Schule und Kulturelle Bildung dauerhaft und verlässlich zusammenarbeiten.',
  'Unter {T} versteht man die planvolle Verbindung von {C} und {C} im schulischen Alltag.',
  'Der Begriff {T} beschreibt, wie {A} und {A} gemeinsam Verantwortung für {O} übernehmen.',
  '{T} ist ein zentraler Baustein der Kulturellen Schulentwicklung und eng mit {L} verbunden.',
  'Mit {T} ist gemeint, dass {O} nicht dem Zufall überlassen, sondern bewusst gestaltet werden.',
  'In der Fachdiskussion steht {T} für einen Ansatz, der {O} in den Mittelpunkt der Schulentwicklung rückt.',
];

export const bodySentences = [
  '{A} greifen dabei auf Erfahrungen aus {L} zurück.',
  'Eine verbindliche Kooperationsvereinbarung hält fest, wer welche Aufgaben übernimmt und wie Ressourcen verteilt werden.',
  'Im Schulentwicklungsprozess wird {T} häufig zunächst in einer Steuergruppe beraten und dann im Kollegium verankert.',
  'Besonders wirksam ist {T}, wenn {A} und {A} frühzeitig beteiligt werden.',
  'Dabei spielt {L} eine wichtige Rolle, weil {O} sonst selten systematisch berücksichtigt werden.',
  'Viele Schulen beginnen mit einem überschaubaren {P} und erweitern das Vorhaben Schritt für Schritt.',
  'Aus Sicht der {C} geht es vor allem um Qualität, Verlässlichkeit und gegenseitige Anerkennung.',
  'Die Erfahrungen zeigen, dass {L} und {L} einander sinnvoll ergänzen.',
  'Entscheidend ist, dass {O} nicht als Zusatzaufgabe, sondern als Teil des Schulprogramms verstanden werden.',
  'Kommunale Partner unterstützen {T} etwa durch Räume, Beratung oder eine gemeinsame Bildungsplanung.',
  'Für die Auswertung eignen sich Portfolios, Feedbackrunden und Verfahren der {C}.',
  'Hinweise zur Umsetzung finden sich auch unter {L}.',
  'Schülerinnen und Schüler erleben dabei, dass ihre Ideen ernst genommen werden und Wirkung entfalten.',
  'Gelingt dies, entsteht eine Schulkultur, in der künstlerische Ausdrucksformen selbstverständlich sind.',
  'Nicht selten stoßen solche Vorhaben an Grenzen, etwa bei Zeitbudgets, Raumausstattung oder Finanzierung.',
  'Ein Qualitätstableau kann helfen, Ziele, Indikatoren und Zuständigkeiten übersichtlich darzustellen.',
  'Gerade in Ganztagsschulen bieten sich Zeitfenster für {O} und für ein gemeinsames {P}.',
  'Die Fortbildung von Lehrkräften und Kulturschaffenden ist dafür eine wichtige Voraussetzung.',
  'Landesprogramme und Stiftungen fördern {T} vielerorts mit eigenen Mitteln und Beratungsangeboten.',
  'Über die Einzelschule hinaus wirkt {T} in die regionale Bildungslandschaft hinein.',
  'Wie bei {L} kommt es auf eine klare Rollenverteilung und regelmäßige Reflexion an.',
  'Wer {T} dauerhaft verankern will, braucht Rückhalt in der Schulleitung und im Schulträger.',
  'Die Perspektive der {C} macht deutlich, wie sehr {O} von verlässlichen Strukturen abhängen.',
  'Zugleich bleibt {T} ein offener Prozess, der sich an den Bedürfnissen vor Ort orientiert.',
];

export const subheads = [
  'Bedeutung für die Schule', 'Praxis und Beispiele', 'Gelingensbedingungen', 'Herausforderungen', 'Einordnung',
  'Akteure und Zuständigkeiten', 'Kulturelle Schulentwicklung', 'Wirkungen und Grenzen',
];

export const listIntros = ['Wichtige Gelingensbedingungen sind:', 'In der Praxis haben sich folgende Schritte bewährt:', 'Dazu gehören insbesondere:'];

export const listItems = [
  'verbindliche Absprachen in einer Kooperationsvereinbarung', 'feste Ansprechpersonen auf beiden Seiten', 'Zeit für gemeinsame Planung und Reflexion',
  'die Beteiligung der Schülerinnen und Schüler', 'die Einbindung in das Schulprogramm', 'Unterstützung durch die Schulleitung',
  'ein verlässliches Budget für Material und Honorare', 'Räume, die künstlerisches Arbeiten zulassen', 'eine Dokumentation der Ergebnisse',
];

export const tableRows: Array<[string, string, string]> = [
  ['Schule', 'Schulleitung, Steuergruppe', 'Ziele festlegen und Zeiten sichern'],
  ['Kommune', 'Bildungsbüro, Kulturamt', 'Ressourcen bündeln und Partner vermitteln'],
  ['Kultur', 'Künstlerinnen und Künstler', 'Projekte konzipieren und begleiten'],
  ['Jugendarbeit', 'Fachkräfte, Jugendverbände', 'Freiräume und Beteiligung ermöglichen'],
  ['Land', 'Ministerium, Landesinstitut', 'Programme auflegen und Fortbildung anbieten'],
];

export const authors = ['BS', 'KM', 'AR', 'TL', 'JW', 'SH', 'MÖ', 'UG'];

export const cities = ['Berlin', 'Köln', 'München', 'Düsseldorf', 'Weißenfels', 'Göttingen', 'Lüneburg', 'Fürth', 'Remscheid', 'Würzburg'];

export const newsTitles = [
  'Fachtag „{T}“ in {city}', 'Neue Handreichung zu {T}', 'Interview: Wie {T} Schulen verändert', 'Rückblick auf das Netzwerktreffen in {city}',
  'Ausschreibung für Projekte zu {T} geöffnet', 'Tagungsbericht: {T} in der Praxis', 'Workshop in {city}: {T} gemeinsam gestalten',
];
