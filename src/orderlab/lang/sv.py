"""Svenska: ordlistor för bedömningen och alla texter som deltagaren ser."""

# Entries: exact word, prefix ending in *, or a phrase of several words (see orderlab.text.Lexicon).
WORDS: dict[str, list[str]] = {
    # Frågor som ger ett specifikt faktum, ett val eller ja/nej trots frågeord.
    "closed_start": [
        "när", "vem", "vems", "var", "vart", "vilken", "vilket",
        "hur många", "hur mycket", "hur länge", "hur ofta", "hur stor*", "hur lång*",
        "hur gammal*", "hur dyr*", "hur snart", "hur bråttom",
        "vad kostar", "vad heter", "vad är budget*", "vad är deadline*", "vad är datum*",
        "vad har ni för budget", "vilken dag", "vilket datum",
        "vet du om", "vet ni om", "kan du säga om", "kan ni säga om", "undrar om",
        "vet du när", "vet ni när", "kan du säga när", "vad sägs om en|ett|att",
        "kan du|ni berätta när|vem|var|vilken|vilket", "kan du|ni berätta hur många|mycket|länge",
        "varför inte", "hur mkt", "vilka",
    ],
    # Frågor och uppmaningar som bjuder in till att berätta.
    "open_start": [
        "varför", "hur", "vad", "på vilket sätt", "i vilken",
        "berätta*", "beskriv*", "förklara*", "utveckla", "hjälp mig förstå",
        "kan du berätta*", "kan ni berätta*", "kan du beskriva*", "kan ni beskriva*",
        "kan du förklara*", "kan ni förklara*", "kan du utveckla", "kan ni utveckla",
        "skulle du kunna berätta*", "skulle ni kunna berätta*", "skulle du kunna beskriva*",
        "vill du berätta*", "vill ni berätta*", "får jag höra mer", "jag skulle vilja höra",
    ],
    # Finita verb som kan inleda en ja/nej-fråga (utan do-support på svenska).
    "verb_first": [
        "har", "hade", "är", "var", "finns", "fanns", "ska", "skall", "kan", "kunde", "vill",
        "ville", "behöver", "blir", "får", "fick", "måste", "bör", "borde", "skulle", "kommer",
        "fungerar", "funkar", "gäller", "brukar", "gick", "går", "tycker", "tror", "vet",
        "känner", "ser", "räcker", "stämmer", "passar", "handlar", "innebär", "ingår", "gör",
        "gjorde", "hinner", "önskar", "planerar", "använder", "läser", "når", "äger",
    ],
    # Ord på -r som inte är verb: "Utöver er ...", "Efter det ..." inleder ingen ja/nej-fråga.
    "not_verbs": [
        "utöver", "efter", "under", "eller", "där", "här", "hur", "när", "var", "mer", "fler", "kanske",
        "annars", "sedan", "för", "över", "bakom", "enligt", "inför", "bredvid", "omkring", "vidare",
    ],
    # Subjekt som följer ett inledande verb i en fråga ("Fungerar det?", "Behöver ni ...?").
    "subject": [
        "du", "ni", "det", "den", "man", "vi", "de", "dom", "han", "hon", "jag", "någon",
        "något", "ert", "er", "era", "din", "ditt", "dina", "skolan", "budgeten",
    ],
    # Förutsätter svaret var som helst i frågan.
    "leading": [
        "visst", "väl", "ju", "håller du med", "håller ni med", "tycker du inte", "tycker inte du",
        "tycker ni inte", "är det inte", "är inte det", "skulle det inte", "blir det inte",
        "borde ni inte", "borde inte", "inte bättre", "borde vi inte", "ska vi inte", "kan vi inte",
        "kan ni inte", "vore det inte", "skulle vi inte", "skulle ni inte", "kunde vi inte",
    ],
    # Påhängsfrågor i slutet: "..., eller hur?", "..., va?".
    "leading_tag": ["eller hur", "inte sant", "va", "eller", "så klart", "förstås", "visst", "eller hur då"],
    # Egna lösningar: "Har du funderat på en film?" men inte "Har du funderat på vem ...?".
    "solution": [
        "varför inte", "vad sägs om en|ett|att", "har|hade du|ni funderat|tänkt på en|ett|att",
        "har|hade du|ni övervägt en|ett|att", "skulle du|ni kunna tänka dig|er en|ett|att",
        "i stället", "istället", "tänk om vi|ni", "jag föreslår", "jag tycker att ni",
        "skulle inte en|ett", "vore det inte", "vore inte en|ett", "kan vi inte", "kan ni inte",
        "ska vi inte", "hellre", "är det inte bättre", "borde ni inte", "borde vi inte",
        "vore smartare", "vore bättre", "vore enklare", "skulle vara smartare", "skulle vara bättre",
        "skulle vara enklare", "vore det smartare", "vore det bättre", "vore det enklare",
        "jag tror att en|ett", "jag tänker att en|ett", "vi borde", "ni borde", "jag skulle föreslå",
    ],
    # "Har du funderat på X?" föreslår X, utom när X är ett frågeord: "... på vem som ska läsa?".
    "considered": ["har|hade du|ni funderat|tänkt på", "har|hade du|ni övervägt"],
    # "När" och "hur snart" i början av en fråga handlar om tid; mitt i en mening är "när" bisats.
    "deadline_start": ["när", "hur snart", "vilket datum", "vilken dag", "till när"],
    # Utfyllnad före själva frågan: "Och vad ...", "Jag undrar om ...".
    "filler": [
        "och", "men", "okej", "ok", "jaha", "alltså", "hmm", "ja", "bra", "tack",
        "aha", "precis", "jag undrar", "jag skulle vilja veta", "jag vill veta", "en fråga",
        "får jag fråga", "undrar", "jag är nyfiken på", "jag är nyfiken", "nyfiken på",
    ],
    # "Så vad ...?" men "Så det viktiga är ..." (omvänd ordföljd efter "så"/"då" är ett påstående).
    "filler_before_wh": ["så", "då", "och då", "men då"],
    "embedded_yes_no": ["om"],
    # "Varför inte ...?" föreslår något; det frågar inte efter syftet.
    "why_not": ["varför inte", "varför kör vi inte", "varför gör vi inte"],
    # Att be om lov innan man föreslår något.
    "permission": [
        "får jag föreslå*", "får jag komma med", "får jag ge ett förslag", "får jag ge ett tips",
        "kan jag få föreslå", "skulle jag kunna föreslå", "är du öppen för", "är ni öppna för",
        "vill du höra ett förslag", "vill du höra en idé", "får jag tipsa", "får jag bolla en idé",
    ],
    # Ett "varför" efter ett svar följer upp det svaret (fem varför).
    "why_start": ["varför", "hur kommer det sig", "vad beror det på", "hur så", "varför då"],
    # Själva leveransen: att nämna den i förbigående är inte att fråga om formen.
    "deliverable": [
        "broschyr*", "folder*", "film*", "affisch*", "app", "appen", "nyhetsbrev*", "webbinar*",
        "webinar*", "annons*", "enkät*", "rapport*", "utbildning*", "informationsblad*", "brev*",
        "trycksak*", "video*", "filmen", "inbjudan*", "system*", "e-tjänst*", "formulär*",
    ],
    # Ett "vad"-frågeord som slutar på ett av dessa ord frågar efter ett enda faktum: "Vad är datumet?".
    "what_word": ["vad"],
    # Frågor om pris är ett faktum var ordet än står: "Vad kostar licensen per år?".
    "fact_any": ["kosta", "kostar", "kostade", "pris", "priset"],
    "fact_end": [
        "namn*", "heter", "kostar", "kostnad*", "pris*", "datum*", "budget*", "deadline*", "antal*",
        "nummer", "numret", "adress*", "klockan", "tid", "tiden", "telefonnummer*",
    ],
    # Reflektioner och sammanfattningar räknas till deltagarens fördel (MITI).
    "reflection": [
        "så det viktiga", "om jag förstår dig rätt", "om jag förstår er rätt", "så du menar",
        "så ni menar", "det låter som", "så det du säger", "sammanfattningsvis",
        "om jag sammanfattar", "låt mig se om jag förstått", "så det handlar om",
        "om jag har förstått*", "om jag förstått*", "om jag fattat*", "om jag har fattat*",
        "har jag förstått", "har jag fattat", "du menar", "ni menar", "du vill alltså",
        "ni vill alltså", "du säger alltså", "du säger att", "ni säger att", "det du säger",
    ],
    "acknowledgement": [
        "okej", "ok", "jaha", "aha", "mm", "mhm", "bra", "tack", "precis", "absolut",
        "uppfattat", "ja", "nej", "javisst", "toppen", "fint", "jaså", "jag förstår",
    ],
    # Syftespitchen.
    "pitch_acknowledge": [
        "levererat", "leverera*", "levererad*", "som du bad om", "som ni bad om",
        "som du beställde", "som ni beställde", "beställning*", "klar", "klara", "färdig*",
        "tack för", "här är", "fått", "har tryckt*", "har gjort",
    ],
    "pitch_purpose": [
        "syfte*", "för att", "så att", "målet", "mål", "uppnå*", "vill åstadkomma",
        "det viktiga", "poängen",
    ],
    "pitch_end_customer": [
        "elev*", "barn", "barnen", "barnens", "patient*", "brukare*", "invånare*", "medborgar*",
        "äldre", "vårdnadshavare*", "föräld*", "kärnverksamhet*", "kärnprocess*", "omsorg*",
        "vårdtagar*", "klient*", "familj*",
    ],
    "pitch_evidence": [
        "procent", "statistik*", "enkät*", "mätning*", "mätte", "förra året", "i fjol",
        "vi såg", "siffr*", "andel*", "hälften", "en tredjedel", "data", "visade",
        "undersökning*", "uppföljning*",
    ],
    "pitch_proposal": [
        "föreslår", "förslag*", "nästa gång", "till nästa", "kan vi", "skulle vi kunna",
        "prova", "testa", "pröva", "vi kunde", "mitt tips", "jag rekommenderar",
    ],
    "pitch_invite": [
        "vad tror du", "vad tycker du", "vad säger du", "vad tror ni", "vad tycker ni",
        "ses", "träffas", "prata", "pratas vid", "hör av", "gärna", "ta en fika",
        "tillsammans", "hur ser du",
    ],
    "pitch_blame": [
        "fel", "borde ha", "förstår inte", "dålig*", "slöseri", "som jag sa", "du måste",
        "ni måste", "meningslös*", "onödig*", "korkad*", "dumt", "ingen läser", "slänger",
        "bortkastad*",
    ],
}

TOPICS: dict[str, list[str]] = {
    "purpose": [
        "*syfte*", "varför", "uppnå*", "mål", "målet", "målen", "åstadkomm*", "anledning*",
        "behov*", "ändamål*", "effekt*", "förändr*", "vad vill ni", "vad vill du", "vad hoppas*",
        "vad ska den leda", "vad ska det leda", "hur kommer det sig", "poängen", "problem*",
        "viktigast", "det viktiga", "ute efter", "få ut av", "vill ni ska hända", "ska hända",
        "till för", "behöver kunna", "vill åstadkomma", "meningen", "tanken med", "lösa",
    ],
    "audience": [
        "målgrupp*", "mottagar*", "läsare*", "vem ska läsa", "vilka ska läsa", "vem riktar",
        "vilka riktar", "vem vänder", "vilka vänder", "publik*", "för vem", "vem är den till",
        "vem är det till", "vilka är den till", "vilka ska få", "vem ska få", "vilka når",
        "som ska läsa", "som ska få", "vem vill ni nå", "vilka vill ni nå", "ska använda",
        "som ska använda", "ska användas", "användare*", "vill nå", "nå ut", "ska nå", "locka",
        "söker ni", "ni söker", "vem söker", "ta emot", "tar emot", "hur många ska", "deltagar*",
        "vilka ska gå", "vem ska gå", "målgruppen",
    ],
    "end_customer": [
        "slutkund*", "brukar", "brukare", "brukaren", "brukarna", "brukarnas", "elev*", "patient*",
        "invånare*", "*invånar*", "medborgar*", "barn", "barnen", "barnens", "kärnverksamhet*",
        "kärnprocess*", "i slutändan", "vårdtagar*", "omsorgstagar*", "klient*", "gynna*",
        "nytta för", "till nytta", "de boende", "boende", "äldre", "de äldre", "omsorg*",
        "vården", "hyresgäst*", "kunder*", "anhörig*",
    ],
    "success": [
        "lyckat", "lyckad*", "lyckas", "lyckats", "lykats", "framgång*", "mäta", "mäter", "mätbar*",
        "resultat*", "hur vet ni", "hur märker", "nöjd*", "uppföljning*", "hur ser ett bra",
        "ser bra ut", "blivit bra", "bra resultat", "räknas som", "nytta", "gjort nytta", "märka",
        "följa upp", "följer upp", "följt upp", "statistik*", "utvärder*", "misslyck*", "fungerar bra",
        "har fungerat", "hur ska ni veta", "hur ska vi veta", "hur vet vi", "veta att",
    ],
    "deadline": [
        "klar", "klart", "klara", "deadline*", "datum*", "tidplan*", "senast", "bråttom",
        "tidsram*", "vecka", "veckan", "veckor", "veckorna", "hur lång tid", "tidpunkt*",
        "tidsgräns*", "hinner", "hinna", "hinns", "årsskift*", "skolstart*", "sommar*", "till hösten",
        "igång",
    ],
    "budget": [
        "*budget*", "kosta*", "*kostnad*", "pengar*", "pris*", "resurs*", "betala*", "kronor",
        "finansier*", "råd med", "medel", "anslag*", "*avgift*",
    ],
    "constraints": [
        "krav*", "begränsning*", "regler*", "riktlinje*", "grafisk*", "*tillgänglig*", "gdpr",
        "upphandl*", "*avtal", "*avtalet", "*avtal*", "policy*", "får inte", "lagar*", "lagen",
        "hinder*", "ramar*", "förutsättning*", "sekretess*", "samtycke*", "personuppgift*",
        "anonym*", "bankid", "siths*", "inloggning*", "säkerhet*", "konsekvensbedömning*",
        "dataskydd*", "lättläst*", "skärmläsare*", "funkar med", "fungerar med", "kompatib*",
        "integration*", "arkiv*", "diarie*", "offentlighet*", "får vi", "måste vi", "måste ni",
        "ta hänsyn", "hänsyn", "allergi*",
    ],
    "stakeholders": [
        "vem mer", "vilka mer", "vilka fler", "inblandad*", "involver*", "vem beslutar", "vem fattar",
        "vilka beslutar", "beslutsfattar*", "fattar beslut*",
        "godkänn*", "samråd*", "förankr*", "kollega*", "chef*", "*chefen", "intressent*",
        "andra som", "påverkas", "vem bestämmer", "vilka bestämmer", "pratat med", "prata med",
        "facket", "fack*", "systemägare*", "initiativ*", "beställt", "beställde", "medarbetar*",
        "ledning*", "politiker*", "samverka*", "samarbete*", "informeras", "berör*",
    ],
    "history": [
        "tidigare", "förra", "förut", "provat*", "testat*", "gjort", "erfarenhet*",
        "hur har", "fungerat", "sist", "historik*", "i fjol", "brukar", "bakgrund*", "har idag",
        "gör idag", "sker idag", "ut idag", "fungerar idag",
        "funkar idag", "jobbar", "nuvarande", "hittills", "sett ut", "hur ni jobbar",
        "hur går", "går till", "hur gör ni", "hur sker",
    ],
    "format": [
        "format*", "tryck*", "digital*", "webb*", "kanal*", "sidor", "storlek*", "utformning*",
        "layout*", "bild*", "foto*", "papper*", "pdf", "hur ska den se ut", "hur ska det se ut",
        "sms", "språk*", "arabiska", "somaliska", "engelska", "lättläst", "a4", "a5", "a3",
        "sociala medier", "facebook", "instagram", "linkedin", "publicer*", "heldag", "halvdag",
        "iphone", "android", "mobil*", "molntjänst*", "form", "formen", "utseende*", "längd*",
        "plattform*", "lärplattform*", "på plats", "fysisk*",
    ],
}

TOPIC_NAMES: dict[str, str] = {
    "purpose": "syfte",
    "audience": "målgrupp",
    "end_customer": "slutkund",
    "success": "vad som är lyckat",
    "deadline": "tidplan",
    "budget": "budget",
    "constraints": "ramar och regler",
    "stakeholders": "vilka fler som berörs",
    "history": "vad som gjorts förut",
    "format": "form och kanal",
}

OPEN_REWRITES: dict[str, str] = {
    "": "Vad vill ni uppnå med det här?",
    "purpose": "Vad vill ni ska hända tack vare det här?",
    "audience": "Berätta om dem som ska ta del av det här.",
    "end_customer": "Hur påverkar det här i slutändan eleverna, brukarna eller invånarna?",
    "success": "Hur kommer ni att märka att det har blivit bra?",
    "deadline": "Vad styr tidplanen för det här?",
    "budget": "Hur ser förutsättningarna ut när det gäller pengar och resurser?",
    "constraints": "Berätta om ramarna och reglerna vi behöver ta hänsyn till.",
    "stakeholders": "Berätta om dem som berörs av det här, utöver er själva.",
    "history": "Berätta om vad ni har provat tidigare och hur det gick.",
    "format": "Hur tänker du kring formen – vad ska den klara av?",
}

UI: dict[str, str] = {
    "lang_name": "Svenska",
    "app_title": "Leverera och påverka",
    "choose_language": "Språk",
    "choose_scenario": "Scenario",
    "start": "Starta rollspelet",
    "step_consult": "Fråga",
    "step_deliver": "Leverera",
    "step_influence": "Påverka",
    "steps_label": "Rollspelets tre steg",
    "step_now": "Steg {n} av 3: {name}",
    "you": "Du",
    "question_label": "Din fråga till beställaren",
    "question_placeholder": "Skriv en fråga och tryck Enter",
    "send": "Skicka",
    "done_asking": "Jag har frågat klart",
    "questions_left": "Frågor kvar: {n}",
    "meter_time": "Tid kvar",
    "meter_trust": "Förtroende",
    "meter_value": "{name}: {value} av 100",
    "round": "Omgång {n}",
    "next_round": "Ta emot nästa beställning",
    "question_no_words": "Frågan behöver ord, inte bara tecken eller emojier. Det kostar ingen tur.",
    "empty_question": "Skriv en fråga först – det kostar ingen tur.",
    "meeting_over": "Mötet är slut – beställaren har gått. Gå vidare och bekräfta beställningen.",
    "no_questions_left": "Beställaren har inte tid med fler frågor. Gå vidare och bekräfta beställningen.",
    "wrong_step": "Det steget är redan avklarat eller inte påbörjat ännu: {step}.",
    "deliver_before_pitch": (
        "Leverera först. Metoden säger: leverera det som beställts, och påverka sedan nästa "
        "beställning. Att argumentera i stället för att leverera bryter steg 2."
    ),
    "form_open": "öppen",
    "form_closed": "sluten",
    "form_none": "ingen fråga",
    "flag_leading": "ledande",
    "flag_solution": "egen lösning",
    "flag_stacked": "flera frågor i en",
    "flag_not_a_question": "inte en fråga",
    "score_panel_title": "Din senaste fråga",
    "score_form": "Form: {form}",
    "score_topics": "Ämnen: {topics}",
    "score_points": "Poäng: {points}",
    "no_topics": "inga av de tio ämnena",
    "reason_open": "Öppen fråga: beställaren kan berätta fritt. +{points}",
    "reason_closed": "Sluten fråga: den ger ett kort svar eller ett ja/nej. +{points}",
    "reason_none": "Det här är ingen fråga, så beställaren har inget att svara på.",
    "reason_reflection": "Bra sammanfattning: du visar att du lyssnat. +{points}",
    "reason_topic": "Du tar upp {topics}. +{points}",
    "reason_leading": "Ledande: frågan förutsätter svaret. {points}",
    "reason_solution": "Du föreslår din egen lösning innan du förstått beställningen. {points}",
    "reason_guided": "Du guidar: du bad om lov och vet syftet. Det hör till jobbet. +{points}",
    "reason_stacked": "Flera frågor på en gång: beställaren svarar bara på en. {points}",
    "suggest_open": "Prova hellre: ”{example}”",
    "conv_open_share": "{pct} % av dina frågor var öppna ({verdict}).",
    "verdict_good": "bra",
    "verdict_fair": "godkänt",
    "verdict_low": "för få",
    "conv_covered": "Du tog upp: {topics}.",
    "conv_missed": "Du missade: {topics}.",
    "conv_purpose_first": "Du frågade om syftet innan du gick in på formen. Bra!",
    "conv_purpose_late": "Fråga om syftet innan du pratar form och kanal.",
    "conv_purpose_missing": "Du frågade aldrig om syftet – det viktigaste av allt.",
    "conv_solutions": "Frågor där du föreslog en egen lösning innan du förstått beställningen: {n}.",
    "conv_no_questions": "Du ställde inga frågor innan du gick vidare.",
    "conv_depth": "Din längsta kedja av följdfrågor: {n}. Så hittar man det verkliga syftet.",
    "conv_reflections": "Du sammanfattade vad beställaren sa ({n} gånger). Det visar att du lyssnar.",
    "tip_depth": "Följ upp svaren: fråga ”varför?” om beställarens egna ord, gärna flera gånger i rad.",
    "tip_reflect": "Sammanfatta då och då: ”Så det viktiga för er är att …”.",
    "tip_open": "Ställ fler öppna frågor: börja med vad, hur eller berätta.",
    "tip_missed": "Fråga om {topic} nästa gång.",
    "tip_purpose": "Börja med syftet: ”Vad vill ni uppnå?”",
    "tip_solutions": "Spara dina egna idéer tills du förstått beställningen.",
    "tip_leading": "Undvik ledande frågor som ”… eller hur?” – låt beställaren tänka själv.",
    "reply_not_question": "Mm. Vad mer vill du veta?",
    "reply_reflection": "Ja, precis så. Bra att du sammanfattar.",
    "reply_permission_yes": "Ja, gärna. Vad tänker du?",
    "reply_permission_wait": "Gärna lite senare – men har du förstått vad jag vill uppnå först?",
    "reply_repeat": "Som jag sa: {answer}",
    "reply_prefixes": "|Bra fråga. |Hmm, låt mig tänka. |Ja, alltså… ",
    "confirm_title": "Bekräfta beställningen",
    "confirm_help": (
        "Sammanfatta med egna ord vad som ska levereras: vad, till vem, när och varför. "
        "Beställaren rättar det som saknas."
    ),
    "summary_label": "Din sammanfattning av beställningen",
    "confirm": "Bekräfta",
    "summary_no_words": (
        "Sammanfattningen behöver ord, inte bara tecken eller emojier: vad, till vem, när och varför?"
    ),
    "empty_summary": "Skriv en sammanfattning först, eller hoppa över bekräftelsen.",
    "confirm_ok": "Ja, precis så. Kör!",
    "confirm_missing": "Nästan. {corrections}",
    "deliver_title": "Leverera",
    "deliver_help": "Välj vad du levererar. Tänk på steg 2: leverera det som beställts.",
    "delivery_label": "Vad levererar du?",
    "deliver_as_ordered": "Som beställt: {details}",
    "deliver_alternative": "Mitt eget alternativ: {details}",
    "deliver": "Leverera",
    "delivered_ok": "Du levererade det som beställts. Det är steg 2.",
    "delivered_changed": "Du levererade inte det som beställts: {fields}.",
    "delivered_alternative": "Du levererade ditt eget alternativ i stället för beställningen. {why}",
    "unknown_delivery": "Okänt leveransval {choice!r}: välj ordered, alternative eller fält med värden.",
    "unknown_field": "Okänt leveransfält {field!r}; fälten är: {fields}.",
    "unknown_option": "Okänt värde {value!r} för {field}; välj bland: {options}.",
    "pitch_title": "Påverka nästa beställning",
    "pitch_help": (
        "Leveransen är klar. Skriv några meningar (cirka 40–150 ord) till beställaren om "
        "syftet, så att nästa beställning blir ännu bättre."
    ),
    "pitch_label": "Din syftespitch",
    "pitch_send": "Skicka pitchen",
    "word_count": "{n} ord",
    "pitch_no_words": "Pitchen behöver ord, inte bara tecken eller emojier. Skriv några meningar om syftet.",
    "empty_pitch": "Pitchen är tom. Skriv några meningar om syftet.",
    "crit_acknowledge": "Bekräftar leveransen",
    "crit_purpose": "Säger varför: syftet",
    "crit_end_customer": "Kopplar till slutkunden i kärnverksamheten",
    "crit_evidence": "Ger belägg: ett faktum eller en siffra",
    "crit_proposal": "Föreslår något konkret till nästa gång",
    "crit_invite": "Bjuder in till dialog",
    "crit_blame": "Skuldbelägger eller läxar upp",
    "crit_length": "Lagom lång (40–150 ord)",
    "pitch_met": "✓ {criterion}",
    "pitch_missed": "✗ {criterion}",
    "pitch_blame_found": "✗ Tonen: undvik att skuldbelägga – det stänger dörren till nästa beställning.",
    "pitch_too_short": "För kort: {n} ord. Sikta på 40–150 ord.",
    "pitch_too_long": "För lång: {n} ord. Ingen hinner läsa mer än cirka 150 ord.",
    "reaction": "Beställaren svarar",
    "next_order": "Nästa beställning",
    "report_title": "Din rapport",
    "report_total": "Totalt: {score} av 100",
    "report_step": "{name}: {score} av 100 (vikt {weight} %)",
    "play_again": "Spela igen",
    "input_cut": "(Texten var lång och har kortats i visningen.)",
    "workshop_intro": (
        "Välj ett alias – ett smeknamn räcker, ditt riktiga namn behövs inte. "
        "Resultatet sparas under aliaset så att kursledaren kan visa gruppens resultat."
    ),
    "alias_label": "Ditt alias",
    "alias_placeholder": "till exempel Blåklocka",
    "join": "Börja spela",
    "playing_as": "Du spelar som",
    "resumed": "Välkommen tillbaka! Du fortsätter där du var.",
    "resume_failed": "Din sparade omgång gick inte att återställa, så du börjar om.",
    "resumed_partly": "Välkommen tillbaka! Det mesta av din omgång kunde återställas, men inte allt.",
    "progress_saved": "Sparat.",
    "result_saved": "Resultatet är sparat.",
    "dashboard_title": "Kursledarens översikt",
    "workshop_label": "Workshop",
    "refresh": "Uppdatera",
    "dashboard_counts": "{results} resultat från {participants} deltagare. {in_progress} spelar just nu.",
    "dashboard_open_share": "I snitt var {pct} % av frågorna öppna.",
    "total": "Totalt",
    "chart_scores_alt": (
        "Poäng per steg. "
        "Medel: fråga {questions}, leverera {delivery}, påverka {pitch}, totalt {total}."
    ),
    "topic_share": "{topic} {pct} %",
    "chart_points": "Poäng",
    "chart_participants": "Antal resultat",
    "chart_mean": "Medel {mean}",
    "chart_open_title": "Andel öppna frågor per resultat",
    "chart_open_x": "Öppna frågor (%)",
    "chart_open_fair": "50 %: godkänt",
    "chart_open_good": "70 %: bra",
    "chart_open_alt": (
        "Andel öppna frågor i {n} resultat: "
        "{good} nådde 70 % (bra) och {fair} nådde 50 % (godkänt)."
    ),
    "check_pool": "Startar {pool} kernels för {room} deltagare: starta en minut innan gruppen kommer.",
    "check_participants": "Deltagarna öppnar:",
    "check_local_only": (
        "Bara den här datorn når adressen. Starta med HOST=0.0.0.0 för att släppa in gruppen (bara på "
        "nätverk du litar på)."
    ),
    "check_dashboard": "Din översikt (på den här datorn):",
    "check_results": "Resultaten sparas i: {where}",
    "check_memory": "Minne: cirka {needed} MB behövs, {free} MB är ledigt.",
    "check_memory_short": (
        "Det lediga minnet ({free} MB) räcker inte för {room} deltagare (cirka {needed} MB). Stäng andra "
        "program eller använd en större dator."
    ),
    "check_port_busy": "Port {port} används redan: starta med en annan, till exempel PORT=9000.",
    "check_no_address": (
        "Hittade ingen nätverksadress för datorn: ta reda på den (i Linux med hostname -I) och använd den "
        "i stället för 127.0.0.1."
    ),
    "missed_title": "Ämnen som flest missade (andel av deltagarna)",
    "chart_missed_alt": "Ämnen som flest missade: {topics}.",
    "nothing_missed": "Ingen missade något av nyckelämnena.",
    "gallery_title": "Syftespitchar (anonyma)",
    "gallery_score": "Poäng: {score}",
    "no_pitches": "Inga pitchar ännu.",
    "show_aliases": "Visa alias",
    "data_title": "Data",
    "data_help": "Resultaten är personuppgifter. Ta bort workshoppen när ni har haft genomgången.",
    "export_csv": "Exportera CSV",
    "download_csv": "Ladda ned CSV ({n} rader)",
    "confirm_delete": "Jag förstår att allt om workshoppen tas bort för gott",
    "delete_workshop": "Ta bort workshoppen",
    "deleted": "Workshoppen {workshop} är borttagen ({n} resultat).",
    "results_play_on": "Du kan spela ändå; säg till kursledaren.",
    "results_missing_folder": "Resultaten kan inte sparas: mappen för resultatfilen finns inte.",
    "results_not_a_file": "Resultaten kan inte sparas: sökvägen pekar på en mapp, inte en fil.",
    "results_read_only": "Resultaten kan inte sparas: resultatmappen är skrivskyddad.",
    "results_corrupt": "Resultatfilen är skadad och kan inte läsas.",
    "results_too_new": "Resultatfilen är skapad av en nyare version av kursen.",
    "results_locked": "Resultatfilen är upptagen just nu. Försök spara igen om en stund.",
    "results_disk_full": "Resultaten kan inte sparas: disken är full.",
    "results_unsupported": "Den här sortens resultatlagring stöds inte än.",
    "results_unavailable": "Resultaten kan inte sparas just nu.",
    "alias_empty": "Skriv ett alias, till exempel ett smeknamn. Ditt riktiga namn behövs inte.",
    "alias_too_long": "Aliaset får vara högst {limit} tecken.",
    "workshop_empty": "Skriv ett namn på workshoppen.",
    "workshop_too_long": "Workshoppens namn får vara högst {limit} tecken.",
    "scenario_error": "Scenariot kunde inte läsas: {problem}",
}
