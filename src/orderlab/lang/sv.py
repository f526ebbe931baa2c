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
        "hur tidigt", "hur sent", "hur långt", "hur dags", "vilken tid",
    ],
    # Frågor och uppmaningar som bjuder in till att berätta.
    "open_start": [
        "varför", "hur", "vad", "på vilket sätt", "i vilken",
        "berätta*", "beskriv*", "förklara*", "utveckla", "hjälp mig förstå",
        "kan du berätta*", "kan ni berätta*", "kan du beskriva*", "kan ni beskriva*",
        "kan du förklara*", "kan ni förklara*", "kan du utveckla", "kan ni utveckla",
        "skulle du kunna berätta*", "skulle ni kunna berätta*", "skulle du kunna beskriva*",
        "vill du berätta*", "vill ni berätta*", "får jag höra mer", "jag skulle vilja höra",
        # Longer than "vilken" (closed): "Vilken sorts person letar ni efter?" asks for a description.
        "vilken|vilket|vilka sort*|slags|typ|typer", "vad för sorts|slags|typ|typer",
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
        "visst", "väl", "håller du med", "håller ni med", "tycker du inte", "tycker inte du",
        "tycker ni inte", "är det inte", "är inte det", "skulle det inte", "blir det inte",
        "borde ni inte", "borde inte", "inte bättre", "borde vi inte", "ska vi inte", "kan vi inte",
        "kan ni inte", "vore det inte", "skulle vi inte", "skulle ni inte", "kunde vi inte",
        "alla ändå", "varför skulle ni|du vilja|behöva",
    ],
    # Påhängsfrågor i slutet: "..., eller hur?", "..., va?".
    "leading_tag": [
        "eller hur", "inte sant", "va", "eller", "så klart", "förstås", "visst", "eller hur då", "tycker du inte",
        "tycker ni inte", "håller du inte med",
    ],
    # Inskott i slutet som ber om beställarens syn på samma fråga: "Vad är viktigast, tror du?".
    "parenthetical": [
        "tror|tänker|tycker|menar|anser du|ni", "skulle du|ni säga", "enligt dig|er", "vad tror du|ni",
    ],
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
        "ett alternativ kan|kunde|skulle|vore|är", "ett annat alternativ",
        "vi skulle kunna", "man skulle kunna", "man kunde",
        "man kan ju", "vi kan ju", "vi kunde ju", "bättre med en|ett", "enklare med en|ett", "smidigare med en|ett",
        "vore väl smartare|bättre|enklare", "skulle det inte vara enklare|bättre|smartare|billigare",
        "är det inte enklare|smartare|billigare", "bättre att ni|vi", "klart att vi ska", "självklart att vi",
        "skippa", "skippar", "tycker du|ni inte att en|ett|vi",
        "vi har en mall|lösning|färdig",
        "kan|kunde|skulle|ska vi testa|prova|pröva med|att|en|ett", "vi kan|kunde testa|prova|pröva med|att|en|ett",
        "kan|kunde|skulle|ska vi satsa|skippa", "ska vi köra med|på|en|ett",
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
        "typ", "asså", "ba", "liksom", "jag undrar lite", "undrar lite",
    ],
    # "Så vad ...?" men "Så det viktiga är ..." (omvänd ordföljd efter "så"/"då" är ett påstående).
    "filler_before_wh": ["så", "då", "och då", "men då"],
    # Bisatsinledare: "Så när schemat blir fel är det brukarna som får vänta" är en reflektion.
    "subordinator": ["när", "om", "eftersom", "ifall", "medan", "innan", "efter att", "sedan", "så fort"],
    "embedded_yes_no": ["om"],
    # Utfyllnad som är ett frågeverb: "om" efter den bäddar in en ja/nej-fråga ("Jag undrar om ..."),
    # medan "Och om ...?" frågar vad som händer då.
    "embedding": [
        "jag undrar", "undrar", "jag undrar lite", "undrar lite", "jag skulle vilja veta", "jag vill veta",
        "får jag fråga", "jag är nyfiken på", "jag är nyfiken", "nyfiken på",
        # "Okej om jag föreslår något?" asks whether it is okay: a yes/no question.
        "okej", "ok",
    ],
    # "Varför inte ...?" föreslår något; det frågar inte efter syftet.
    "why_not": ["varför inte", "varför kör vi inte", "varför gör vi inte"],
    # Att be om lov innan man föreslår något.
    "permission": [
        "får jag föreslå*", "får jag komma med", "får jag ge ett förslag", "får jag ge ett tips",
        "kan jag få föreslå", "skulle jag kunna föreslå", "är du öppen för", "är ni öppna för",
        "vill du höra ett förslag", "vill du höra en idé", "får jag tipsa", "får jag bolla en idé",
        "okej|ok om jag föreslår|utmanar|tipsar|bollar", "okej|ok om jag kommer med",
        "går det bra om jag föreslår|utmanar|tipsar", "går det bra om jag kommer med",
    ],
    # Ett "varför" efter ett svar följer upp det svaret (fem varför).
    "why_start": ["varför", "hur kommer det sig", "vad beror det på", "hur så", "varför då"],
    # Själva leveransen: att nämna den i förbigående är inte att fråga om formen.
    "deliverable": [
        "broschyr*", "folder*", "film*", "affisch*", "app", "appen", "nyhetsbrev*", "webbinar*",
        "webinar*", "annons*", "enkät*", "rapport*", "utbildning*", "informationsblad*", "brev*",
        "trycksak*", "video*", "filmen", "inbjudan*", "system*", "e-tjänst*", "formulär*",
        "appar*", "skolapp*", "mobilapp*", "surfplatt*", "läsplatt*", "intranät*", "intranet*",
    ],
    # "Idag" är vad som görs nu bara nära hur det görs: "Hur hanterar ni ansökningarna idag?".
    "today": ["idag", "i dag", "nuförtiden", "i nuläget"],
    "how_word": ["hur"],
    "doing": [
        "gör", "görs", "jobbar", "arbetar", "använder", "används", "fungerar", "funkar", "sker",
        "hanterar", "hanteras", "sköter", "sköts", "löser", "löses", "går till", "tar ni", "tar man",
    ],
    # ... men inte det man inte kan göra idag: "Vad behöver ni kunna göra som ni inte kan göra idag?".
    "not_history": [
        "inte kan göra|se|få|nå idag", "inte kan göra|se|få|nå i dag", "kan inte göra|se|få|nå idag",
        "kan inte göra|se|få|nå i dag", "inte gör idag", "inte gör i dag",
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
        "du verkar", "ni verkar", "det verkar som", "du låter", "ni låter", "så kärnan", "kärnan är",
        "så grundproblemet", "så problemet är", "så oron", "så det som oroar", "jag hör att", "om jag hör rätt",
        "så jag fattar rätt", "så jag förstår rätt", "så jag har förstått rätt", "om jag fattar rätt",
        "är|blir|ska|har|handlar|gäller|flyttas|kommer|måste|behöver alltså",
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
        "gör att ni|du", "kunna göra", "göra annorlunda", "annorlunda", "ha ut av", "om vi|ni inte gör",
        "inte gör något|någonting", "kärnan", "ska hjälpa", "vill ha ut", "efteråt",
    ],
    "audience": [
        "målgrupp*", "mottagar*", "läsare*", "vem ska läsa", "vilka ska läsa", "vem riktar",
        "vilka riktar", "vem vänder", "vilka vänder", "publik*", "för vem", "vem är den till",
        "vem är det till", "vilka är den till", "vilka ska få", "vem ska få", "vilka når",
        "som ska läsa", "som ska få", "vem vill ni nå", "vilka vill ni nå", "ska använda",
        "som ska använda", "ska användas", "användare*", "vill nå", "nå ut", "ska nå", "locka",
        "söker ni", "ni söker", "vem söker", "ta emot", "tar emot", "hur många ska", "deltagar*",
        "vilka ska gå", "vem ska gå", "målgruppen",
        "vem|vilka läser", "som läser", "när de|dom har läst", "efter att de|dom har läst", "letar ni efter",
        "ni letar efter", "vilka är det som ska", "gäller det alla|bara", "gäller alla", "för dem som", "för alla",
        "besökare*", "anställda",
    ],
    "end_customer": [
        "slutkund*", "brukare", "brukaren", "brukarna", "brukarnas", "elev*", "patient*",
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
        "kunna säga", "svarsfrekvens*", "nöjda med", "nöjd med",
    ],
    "deadline": [
        "klar", "klart", "klara", "deadline*", "datum*", "tidplan*", "senast", "bråttom",
        "tidsram*", "vecka", "veckan", "veckor", "veckorna", "hur lång tid", "tidpunkt*",
        "tidsgräns*", "hinner", "hinna", "hinns", "årsskift*", "skolstart*", "sommar*", "till hösten",
        "igång",
        "tidsplan*", "sista dag*", "*ansökningsdag*", "hur tidigt", "i tid",
    ],
    "budget": [
        "*budget*", "kosta*", "*kostnad*", "pengar*", "pris*", "resurs*", "betala*", "kronor",
        "finansier*", "råd med", "medel", "anslag*", "*avgift*",
        "lagt på", "lägga på", "lägger på", "har ni lagt",
    ],
    "constraints": [
        "krav*", "begränsning*", "regler*", "riktlinje*", "grafisk*", "*tillgänglig*", "gdpr",
        "upphandl*", "*avtal", "*avtalet", "*avtal*", "policy*", "får inte", "lagar*", "lagen",
        "hinder*", "ramar*", "förutsättning*", "sekretess*", "samtycke*", "personuppgift*",
        "anonym*", "bankid", "siths*", "inloggning*", "säkerhet*", "konsekvensbedömning*",
        "dataskydd*", "lättläst*", "skärmläsare*", "funkar med", "fungerar med", "kompatib*",
        "integration*", "arkiv*", "diarie*", "offentlighet*", "får vi", "måste vi", "måste ni",
        "ta hänsyn", "hänsyn", "allergi*",
        "styr", "styrs", "juridisk*", "måste den|det|de|vi|ni|man",
        "följa kommunens|mall|mallen|regler|reglerna|riktlinjer|riktlinjerna|lagen|policyn|avtalet",
    ],
    "stakeholders": [
        "vem mer", "vilka mer", "vilka fler", "inblandad*", "involver*", "vem beslutar", "vem fattar",
        "vilka beslutar", "beslutsfattar*", "fattar beslut*",
        "godkänn*", "samråd*", "förankr*", "kollega*", "chef*", "*chefen", "intressent*",
        "andra som", "påverkas", "vem bestämmer", "vilka bestämmer", "pratat med", "prata med",
        "facket", "fack*", "systemägare*", "initiativ*", "beställt", "beställde", "medarbetar*",
        "ledning*", "politiker*", "samverka*", "samarbete*", "informeras", "berör*",
        "bestämt", "bestämde", "beslutat", "beslutade", "skriver under", "skriva under", "skrivit under",
        "undertecknar", "klartecken", "grönt ljus", "ansvar*", "äga", "äger", "ägare*", "*ägare", "kom på",
        "reagerat", "reagera*", "klagat", "klagar", "tycka till", "vara med och", "ta in", "*direktör*",
    ],
    "history": [
        "tidigare", "förra", "förut", "provat*", "testat*", "gjort", "erfarenhet*",
        "hur har", "fungerat", "sist", "historik*", "i fjol", "brukar", "bakgrund*", "har idag",
        "gör idag", "sker idag", "ut idag", "fungerar idag",
        "funkar idag", "jobbar", "nuvarande", "hittills", "sett ut", "hur ni jobbar",
        "hur går", "går till", "hur gör ni", "hur sker",
        "redan", "gamla", "gammal", "gammalt", "ersätter", "ersätta", "försökt",
        "har i dag", "gör i dag", "sker i dag", "ut i dag", "fungerar i dag", "funkar i dag", "hur gör",
        "använder idag", "använder i dag",
    ],
    "format": [
        "format*", "tryck*", "digital*", "webb*", "kanal*", "sidor", "storlek*", "utformning*",
        "layout*", "bild*", "foto*", "papper*", "pdf", "hur ska den se ut", "hur ska det se ut",
        "sms", "språk*", "arabiska", "somaliska", "engelska", "lättläst", "a4", "a5", "a3",
        "sociala medier", "facebook", "instagram", "linkedin", "publicer*", "heldag", "halvdag",
        "iphone", "android", "mobil*", "molntjänst*", "form", "formen", "utseende*", "längd*",
        "plattform*", "lärplattform*", "på plats", "fysisk*",
        "ska se ut", "den se ut", "det se ut", "tiktok", "youtube", "twitter", "snapchat", "chromebook*", "windows",
        "mac", "ipad*", "dator*", "pressmeddelande*", "skolapp*",
        "mobilapp*", "mejl*", "mail*", "e-post*", "startsida*", "arbetsplatsträff*",
    ],
}

TOPIC_NAMES: dict[str, str] = {
    "purpose": "syfte",
    "audience": "målgrupp",
    "end_customer": "de som verksamheten finns till för",
    "success": "vad som är lyckat",
    "deadline": "tidplan",
    "budget": "budget",
    "constraints": "ramar och regler",
    "stakeholders": "vilka fler som berörs",
    "history": "vad som gjorts förut",
    "format": "form och kanal",
}

# The same topics as a sentence needs them after "om" ("Du frågar om budgeten"), in plain words.
TOPIC_OBJECTS: dict[str, str] = {
    "purpose": "syftet",
    "audience": "målgruppen",
    "end_customer": "dem som verksamheten finns till för",
    "success": "vad som räknas som lyckat",
    "deadline": "tidplanen",
    "budget": "budgeten",
    "constraints": "ramarna och reglerna",
    "stakeholders": "vilka fler som berörs",
    "history": "vad som gjorts förut",
    "format": "formen och kanalen",
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
    "format": "Hur tänker du kring formen: vad ska den klara av?",
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
    "reason_topic": "Du frågar om {topics}. +{points}",
    "reason_leading": "Ledande: frågan förutsätter svaret. {points}",
    "reason_solution": "Du föreslår din egen lösning innan du förstått beställningen. {points}",
    "reason_guided": "Du guidar: du bad om lov och vet syftet. Det hör till jobbet. +{points}",
    "reason_stacked": "Flera frågor på en gång: beställaren svarar bara på en. {points}",
    "topic_with_evidence": "{topic} ({words})",
    # Language review (issue 11): lists inside sentences.
    "list_and": "{first} och {last}",
    "quoted": "”{word}”",
    "reason_small_talk": "Småprat: trevligt för stämningen, men beställaren får inget att svara på om beställningen.",
    "reason_follow_up": "Följdfråga: du ber beställaren berätta mer om det som just sades om {topic}. +{points}",
    "reason_other_language": "Det här ser ut att vara {other}. Rollspelet är på svenska.",
    "language_sv": "svenska",
    "language_en": "engelska",
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
    "conv_depth": "Som mest ställde du {n} följdfrågor i rad. Det är så det verkliga syftet kommer fram.",
    "conv_reflections": "Du sammanfattade vad beställaren sa ({n} gånger). Det visar att du lyssnar.",
    "tip_depth": "Följ upp svaren: fråga ”varför?” om beställarens egna ord, gärna flera gånger i rad.",
    "tip_reflect": "Sammanfatta då och då: ”Så det viktiga för er är att …”.",
    "tip_open": "Ställ fler öppna frågor: börja med vad, hur eller berätta.",
    "tip_missed": "Fråga om {topic} nästa gång.",
    "tip_purpose": "Börja med syftet: ”Vad vill ni uppnå?”",
    "tip_solutions": "Spara dina egna idéer tills du förstått beställningen.",
    "tip_leading": "Undvik ledande frågor som ”… eller hur?” – låt beställaren tänka själv.",
    "other_language": (
        "Det här ser ut att vara {other}, men rollspelet går på svenska. Skriv frågan på svenska, "
        "eller byt språk överst. Det kostar ingen tur."
    ),
    "reply_small_talk": "Tack, detsamma! Men vi har inte så mycket tid – vad vill du veta?",
    "hint_purpose": "Du har förresten inte frågat vad det ska leda till.",
    "hint_audience": "Du har förresten inte frågat något om vilka det är till.",
    "hint_end_customer": "Du har förresten inte frågat vad det betyder för dem vi finns till för.",
    "hint_success": "Du har förresten inte frågat hur vi ska veta att det har lyckats.",
    "hint_deadline": "Du har förresten inte frågat vad som styr tiden.",
    "hint_budget": "Du har förresten inte frågat något om pengarna.",
    "hint_constraints": "Du har förresten inte frågat om det finns regler vi måste hålla oss till.",
    "hint_stakeholders": "Du har förresten inte frågat vilka fler som är inblandade.",
    "hint_history": "Du har förresten inte frågat hur vi har gjort tidigare.",
    "hint_format": "Du har förresten inte frågat hur jag har tänkt mig själva formen.",
    "reply_not_question": "Mm. Vad mer vill du veta?",
    "reply_reflection": "Ja, precis så. Bra att du sammanfattar.",
    "reply_permission_yes": "Ja, gärna. Vad tänker du?",
    "reply_permission_wait": "Gärna lite senare – men har du förstått vad jag vill uppnå först?",
    "reply_as_last_time": "Som jag sa förra gången: {answer}",
    "choose_delivery": "Välj först vad du levererar.",
    "trust_line": "Förtroende {change}: {why}",
    "trust_legend_title": "Vad betyder tid och förtroende?",
    "trust_legend": (
        "Tid kvar: hur mycket av mötet som återstår. Varje fråga tar tid, en sammanfattning eller en "
        "artighetsfråga lite mindre. När tiden är slut går beställaren. Förtroende: hur gärna beställaren "
        "berättar och lyssnar på dina förslag. Det växer av öppna frågor och följdfrågor och sjunker av "
        "ledande frågor, egna lösningar och en leverans som inte är den beställda. Förtroendet följer med "
        "till nästa beställning."
    ),
    "trust_why_open_new": "en öppen fråga om något nytt.",
    "trust_why_closed_new": "en fråga om något nytt, men stängd: du får ett kort svar.",
    "trust_why_deeper": "du bygger vidare på det som just sades.",
    "trust_why_reflection": "du sammanfattar och visar att du har lyssnat.",
    "trust_why_permission": "du frågar innan du föreslår något.",
    "trust_why_permission_wait": "du vill föreslå något innan du vet vad beställaren vill uppnå.",
    "trust_why_small_talk": "lite småprat gör mötet varmare.",
    "trust_why_guided": "ditt förslag kom när beställaren var redo att höra det.",
    "trust_why_repeat": "du frågar om något som redan är besvarat.",
    "trust_why_redirect": "frågan hör inte till beställningen.",
    "trust_why_not_a_question": "det var inte en fråga.",
    "trust_why_leading": "frågan lägger svaret i munnen på beställaren.",
    "trust_why_pushback": "du föreslår din egen lösning innan du har förstått behovet.",
    "trust_why_delivered_as_ordered": "du levererade det som beställdes.",
    "trust_why_delivered_changed": "leveransen blev inte som ni kom överens om.",
    "trust_why_delivered_override": "du levererade något annat än det som beställdes.",
    "trust_why_pitch_strong": "din pitch gav beställaren något att tänka på.",
    "trust_why_pitch_fair": "din pitch väckte en tanke.",
    "trust_why_pitch_weak": "din pitch ändrade inget.",
    "trust_why_pitch_blame": "din pitch läxade upp beställaren.",
    "trust_start": "Förtroendet från förra omgången följer med: {value} av 100.",
    "pitch_capped": (
        "Pitchen hade kunnat påverka mer, men du levererade inte det som beställdes. Inflytande förtjänas "
        "genom att leverera först."
    ),
    "reply_repeat": "Som jag sa: {answer}",
    "reply_repeat_more": "Det har jag sagt: {answer} Men en sak till: {more}",
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
    "crit_end_customer": "Kopplar till dem som verksamheten finns till för",
    "crit_evidence": "Ger belägg: ett faktum eller en siffra",
    "crit_proposal": "Föreslår något konkret till nästa gång",
    "crit_invite": "Bjuder in till dialog",
    "crit_blame": "Skuldbelägger eller läxar upp",
    "crit_length": "Lagom lång (40–150 ord)",
    "pitch_met": "✓ {criterion}",
    "pitch_missed": "✗ {criterion}: ingen mening gör det ännu.",
    "pitch_met_by": "✓ {criterion}: ”{sentence}”",
    "pitch_blame_found_in": (
        "✗ Tonen: ”{sentence}” skuldbelägger eller läxar upp – det stänger dörren till nästa beställning."
    ),
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
    "check_pool": "Startar {pool} kernels för {room} deltagare. Kör det här en minut innan gruppen kommer.",
    "check_participants": "Deltagarna öppnar:",
    "check_local_only": (
        "Bara den här datorn når adressen. Starta med HOST=0.0.0.0 för att släppa in gruppen (bara på "
        "nätverk du litar på)."
    ),
    "check_dashboard": "Din översikt (på den här datorn):",
    "check_results": "Resultaten sparas i: {where}",
    "check_retention": (
        "Resultaten tas bort för gott {days} dagar efter att workshoppen skapades (RETENTION_DAYS= ändrar det)."
    ),
    "check_code": "Workshopkod (skapad nu, slumpad och svår att gissa): {code}",
    "check_dashboard_only_here": (
        "Översikten nås bara från den här datorn (127.0.0.1). Från en annan enhet: en SSH-tunnel, "
        "se docs/results-store.md."
    ),
    "check_memory": "Minne: cirka {needed} MB behövs, {free} MB är ledigt.",
    "check_memory_short": (
        "Det lediga minnet ({free} MB) räcker inte för {room} deltagare (cirka {needed} MB). Stäng andra "
        "program eller använd en dator med mer minne."
    ),
    "check_port_busy": "Port {port} används redan: starta med en annan, till exempel PORT=9000.",
    "check_no_address": (
        "Datorns nätverksadress gick inte att hitta. Ta reda på den (i Linux med hostname -I) och använd "
        "den i stället för 127.0.0.1."
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
    "dashboard_refused": (
        "{n} sparningar från deltagarsidor har stoppats av taken (senast {when} UTC): någon sida har skickat "
        "fler eller större resultat än en deltagare gör. Det som redan fanns är orört."
    ),
    "dashboard_expires": "Workshoppens data tas bort för gott {when} UTC (lagringstid {days} dagar).",
    "dashboard_title_line": "Workshop: {title}",
    "new_workshop": "Ny workshop",
    "new_workshop_title": "Namn (syns bara här)",
    "new_workshop_made": "Ny workshop skapad. Deltagarnas adress innehåller koden {code}.",
    "export_csv": "Exportera CSV",
    "download_csv": "Ladda ned CSV ({n} rader)",
    "confirm_delete": "Jag förstår att allt om workshoppen tas bort för gott",
    "delete_workshop": "Ta bort workshoppen",
    "deleted": "Workshoppen {workshop} är borttagen ({n} resultat).",
    "unexpected_error": (
        "Något gick fel här, och det är inte ditt fel. Försök igen: det du redan har gjort finns kvar. "
        "Händer det igen, säg till kursledaren."
    ),
    "results_play_on": "Du kan spela ändå; säg till kursledaren.",
    "results_missing_folder": "Resultaten kan inte sparas: mappen för resultatfilen finns inte.",
    "results_not_a_file": "Resultaten kan inte sparas: sökvägen pekar på en mapp, inte en fil.",
    "results_read_only": "Resultaten kan inte sparas: resultatmappen är skrivskyddad.",
    "results_corrupt": "Resultatfilen är skadad och kan inte läsas.",
    "results_too_new": "Resultatfilen är skapad av en nyare version av kursen.",
    "results_locked": "Resultatfilen är upptagen just nu. Försök spara igen om en stund.",
    "results_disk_full": "Resultaten kan inte sparas: disken är full.",
    "results_unreachable": "Resultaten kan inte sparas: resultatdatabasen går inte att nå just nu.",
    "results_auth": "Resultaten kan inte sparas: kursen fick inte logga in i resultatdatabasen.",
    "results_driver_missing": "Resultaten kan inte sparas: programmet för resultatdatabasen är inte installerat.",
    "results_unsupported": "Den här sortens resultatlagring stöds inte.",
    "results_unavailable": "Resultaten kan inte sparas just nu.",
    "results_unknown": (
        "Resultaten kan inte sparas med workshopkoden i sidans adress. Be kursledaren om adressen igen."
    ),
    "results_full": (
        "Det här resultatet sparades inte: workshoppen har nått sitt tak för antal resultat eller deltagare. "
        "Ditt spel finns kvar här."
    ),
    "results_too_big": "Det här sparades inte: texten är för lång för resultatlagringen. Ditt spel finns kvar här.",
    "results_in_browser": ("Resultaten sparas inte i webbläsarversionen av kursen: "
                           "de finns kvar på sidan tills du stänger den."),
    "site_stale": ("Servern har en nyare version av kursen än den som webbläsaren har sparat. "
                   "Ladda om sidan för att få den; det du har gjort på sidan försvinner när du laddar om."),
    "storage_disabled": ("Den här webbläsaren låter inte kursen spara något. Du kan spela vidare: "
                         "spelet finns kvar på sidan tills du stänger den."),
    "storage_full": ("Webbläsarens lagring för kursen är full. Du kan spela vidare: "
                     "spelet finns kvar på sidan tills du stänger den."),
    "alias_empty": "Skriv ett alias, till exempel ett smeknamn. Ditt riktiga namn behövs inte.",
    "alias_too_long": "Aliaset får vara högst {limit} tecken.",
    "workshop_address_malformed": (
        "Workshopkoden i sidans adress är felskriven, så dina resultat kan inte sparas. Be kursledaren om "
        "adressen igen."
    ),
    "workshop_address_empty": "Sidans adress anger ingen workshop, så dina resultat kan inte sparas.",
    "workshop_address_too_long": (
        "Workshopnamnet i sidans adress är längre än {limit} tecken, så dina resultat kan inte "
        "sparas."
    ),
    "workshop_malformed": "En workshopkod får bara innehålla bokstäverna a-z, siffror, - och _.",
    "workshop_empty": "Skriv ett namn på workshoppen.",
    "workshop_too_long": "Workshoppens namn får vara högst {limit} tecken.",
    "scenario_error": "Scenariot kunde inte läsas: {problem}",
}

# Strings of exercises (orderlab.exercise).
EXERCISES: dict[str, str] = {
    "quote": "”{text}”",
    "status_ok": "klar",
    "status_fix": "skriv om",
    "status_todo": "inte klart än",
    "status_info": "",
    "status_good": "",
    "status_poor": "",
    "scores_title": "Så bedöms frågorna",
    "try_title": "Din egen fråga",
    "try_todo": "Inte klart än: skriv en fråga mellan citattecknen och tryck Shift+Enter.",
    "rewrites_title": "Del 1: Öppna frågor",
    "question_n": "Fråga {n}",
    "closed_was": "Den slutna frågan: ”{text}”",
    "todo_empty": "Skriv din öppna fråga mellan citattecknen.",
    "todo_not_text": "Svaret ska vara text mellan citattecken, till exempel \"Vad vill du uppnå?\".",
    "todo_missing": "Svaret saknas i listan.",
    "todo_not_list": (
        "Inte klart än: answers ska vara en lista med en fråga per rad, inom hakparenteser, "
        "till exempel [\"Vad …?\", \"Hur …?\"]. Öppna övningen på nytt om listan har gått sönder."
    ),
    "item_ok": "Bra: en öppen fråga utan fällor.",
    "item_closed": (
        "Frågan är fortfarande sluten. Börja till exempel med Vad, Hur eller Berätta, "
        "och be om en beskrivning i stället för ett enskilt faktum."
    ),
    "item_none": "Det här är ingen fråga än. Skriv den som en fråga eller som en uppmaning: ”Berätta om …”.",
    "item_leading": "Ta bort det som förutsätter svaret, så att beställaren kan svara fritt.",
    "item_solution": "Spara din egen idé till steg 3, när du vill påverka nästa beställning.",
    "item_stacked": "Ställ en fråga i taget – annars svarar beställaren bara på en av dem.",
    "item_duplicate": "Samma fråga som nummer {n}. Skriv en ny.",
    "topic_kept": "Frågan handlar fortfarande om {topic}.",
    "topic_changed": (
        "Den slutna frågan gällde {topic}. Det ämnet syns inte i din fråga. Det går bra, "
        "men se till att det kommer upp någon gång i samtalet."
    ),
    "rewrites_passed": (
        "Klart! Alla {n} frågor är öppna. Jämför gärna med lösningen i solutions/sv/01-oppna-fragor.ipynb."
    ),
    "rewrites_not_yet": "Inte klart än: {done} av {n} frågor är ifyllda. Skriv resten och kör cellen igen.",
    "rewrites_fix": (
        "{ok} av {n} frågor är öppna och fria från fällor. "
        "Skriv om dem som är markerade och kör cellen igen."
    ),
    "pitch_title": "Din syftespitch",
    "pitch_label": "Din pitch",
    "pitch_todo": "Inte klart än: skriv din pitch mellan de tre citattecknen och tryck Shift+Enter.",
    "pitch_not_text": "Inte klart än: pitchen ska vara text mellan citattecknen.",
    "pitch_score": "Poäng: {score} av 100. Antal ord: {words}.",
    "pitch_passed": (
        "Klart! Med {score} poäng är pitchen stark nog för att nästa beställning ska utgå från syftet."
    ),
    "pitch_fix": (
        "Pitchen behöver minst {need} poäng och en ton som inte skuldbelägger. "
        "Lägg till det som är markerat med ✗ och kör cellen igen."
    ),
    # Notebook 02: the story, examples, the ten topics, two ways to prepare
    "story_setting": "Situationen",
    "story_opening": "{name} säger",
    "examples_open_closed": "Öppna och slutna frågor",
    "examples_traps": "Tre fällor",
    "examples_reflections": "Sammanfatta och följa upp",
    "ex_closed_yes_no": "Sluten: svaret blir ja eller nej",
    "ex_closed_fact": "Sluten: svaret blir ett enda faktum",
    "ex_closed_choice": "Sluten: svaret blir ett av två val",
    "ex_open": "Öppen: beställaren får berätta",
    "ex_open_invitation": "Öppen: en uppmaning, utan frågetecken",
    "ex_leading": "Ledande: svaret finns redan i frågan",
    "ex_solution": "Egen lösning: du säljer in din idé",
    "ex_stacked": "Två frågor i en",
    "ex_reflection": "Sammanfattning: du speglar det du har hört",
    "ex_follow_up": "Följdfråga: du går vidare på svaret",
    "topics_title": "De tio ämnena",
    "topic_example": "Till exempel: ”{text}”",
    "topic_key": "Ett av de viktiga ämnena i rollspelet ”{title}”.",
    "plans_title": "Två sätt att förbereda samma möte",
    "plan_weak": "Kollegans frågor",
    "plan_strong": "Konsultativa frågor",
    "numbered": "{n}. ”{text}”",
    "plan_score": "Steg 1 i rollspelet skulle ge {score} av 100 poäng.",
    "plan_no_depth": (
        "Följdfrågor ger fler poäng i rollspelet, men de bygger på beställarens svar och räknas inte här."
    ),
    # Exercise 02: a plan of questions
    "questions_title": "Dina frågor",
    "questions_todo": "Skriv en fråga mellan citattecknen.",
    "questions_not_list": (
        "Inte klart än: questions ska vara en lista med en fråga per rad, inom hakparenteser, "
        "till exempel [\"Vad …?\", \"Hur …?\"]. Öppna övningen på nytt om listan har gått sönder."
    ),
    "item_closed_ok": "Sluten fråga. Det går bra ibland, men låt de flesta frågorna vara öppna.",
    "item_reflection": "En sammanfattning. Den passar bäst när du har fått svar, och den räknas inte emot dig.",
    "crit_open_label": "Öppna frågor",
    "crit_open_ok": "{pct} % av frågorna är öppna. Bra, målet är minst {need} %.",
    "crit_open_fix": "{pct} % av frågorna är öppna. Sikta på minst {need} %: skriv om några av de slutna.",
    "crit_purpose_label": "Syftet före formen",
    "crit_purpose_ok": "Du frågar om syftet innan du frågar om formen.",
    "crit_purpose_late": "Du frågar om formen innan du frågar om syftet. Flytta upp syftesfrågan.",
    "crit_purpose_missing": "Ingen fråga handlar om syftet. Börja med den: vad ska det här leda till?",
    "crit_topics_label": "Ämnen",
    "crit_topics_count": "Du tar upp {n} av de tio ämnena. Målet är minst {need}.",
    "crit_topics_covered": "Ämnen i dina frågor: {topics}.",
    "crit_topics_more": "Du kan till exempel också fråga om {topics}.",
    "crit_restraint_label": "Inga egna lösningar och inga ledande frågor",
    "crit_restraint_ok": "Du låter beställaren berätta utan att styra svaret.",
    "crit_restraint_solutions": "Frågor som föreslår en egen lösning: {n}. Spara idén till steg 3.",
    "crit_restraint_leading": "Ledande frågor: {n}. Ta bort det som förutsätter svaret.",
    "questions_passed": (
        "Klart! Frågorna är öppna, syftet kommer före formen, du tar upp {n} ämnen "
        "och beställaren får svara fritt."
    ),
    "questions_fix": "{ok} av {n} krav är uppfyllda. Ändra det som är markerat med ✗ och kör cellen igen.",
    "questions_fix_items": (
        "Helheten håller, men {n} av frågorna behöver skrivas om. "
        "Ändra dem som är markerade med ✗ och kör cellen igen."
    ),
    # Notebook 03 and exercise 03: the order, the confirmation and the delivery
    "alternative_title": "Beställningen och frestelsen",
    "alt_order": "Beställningen",
    "alt_yours": "Ditt eget alternativ",
    "alt_why": "Därför lockar det",
    "alt_pushback": "Om du driver din idé under mötet svarar {name}",
    "confirmation_title": "Din bekräftelse av beställningen",
    "confirmation_todo": (
        "Inte klart än: skriv din bekräftelse mellan de tre citattecknen och tryck Shift+Enter."
    ),
    "confirmation_not_text": "Inte klart än: bekräftelsen ska vara text mellan citattecknen.",
    "point_ok": "Finns med.",
    "point_missing": "Saknas.",
    "confirmation_reply": "{name} svarar",
    "confirmation_passed": "Klart! Alla {n} punkter finns med, och {name} känner igen sin beställning.",
    "confirmation_fix": "{ok} av {n} punkter finns med. Lägg till det som saknas och kör cellen igen.",
    "deliveries_title": "Så bedöms leveransen",
    "delivery_n": "Leverans {letter}",
    "delivery_mixed": "Som beställt, utom {field}: {option}",
    "delivery_score": "Poäng för steg 2: {score} av 100.",
    "deliveries_verdict": (
        "Av de 100 poängen kommer {weight} från bekräftelsen. Här var bekräftelsen fullständig "
        "alla tre gångerna, så skillnaden beror bara på vad du levererade."
    ),
    "delivery_ordered_why": "Dina egna idéer sparar du till steg 3, när du vill påverka nästa beställning.",
    "delivery_mixed_why": (
        "Ändringen kan vara en bra idé, men den är inte beställd. Föreslå den medan ni pratar: "
        "säger {name} ja blir den en del av beställningen, annars sparar du den till steg 3."
    ),
    "options_title": "Vad levererar du?",
    "choice_title": "Ditt val",
    "choice_todo": "Inte klart än: skriv A, B eller C mellan citattecknen och tryck Shift+Enter.",
    "choice_unknown": "Inte klart än: skriv bara en bokstav, A, B eller C.",
    "choice_passed": "Klart! Du levererar det som beställts.",
    "choice_fix": "Inte riktigt. Läs förklaringen, välj igen och kör cellen på nytt.",
    # Notebook 04 and exercise 04: the pitch, the evidence and where it leads
    "criteria_title": "Så bedöms pitchen",
    "crit_points": "Ger {n} poäng.",
    "crit_penalty": "Drar av {n} poäng.",
    "crit_help_acknowledge": (
        "Säg att leveransen är gjord, som beställt. Då vet beställaren att du inte ifrågasätter beslutet."
    ),
    "crit_help_purpose": "Påminn om varför: vad det här skulle leda till.",
    "crit_help_end_customer": (
        "Koppla till dem som kärnverksamheten finns till för: elever, patienter, brukare eller invånare."
    ),
    "crit_help_evidence": "Ge ett belägg: en siffra, ett faktum eller något du har sett.",
    "crit_help_proposal": "Föreslå något konkret till nästa gång.",
    "crit_help_invite": "Bjud in till samtal, till exempel med en fråga.",
    "crit_help_blame": "Den som läxar upp, skuldbelägger eller talar ned till beställaren stänger dörren.",
    "crit_help_length": "Kortare än {min} eller längre än {max} ord.",
    "criteria_verdict": (
        "En pitch på minst {need} poäng som inte skuldbelägger får {name} att utgå från syftet nästa gång."
    ),
    "evidence_title": "Belägg du kan använda",
    "evidence_n": "Belägg {n}",
    "pitches_title": "Tre pitchar och vad de leder till",
    "pitch_ex_lecture": "Pitch 1: en pekpinne",
    "pitch_ex_thin": "Pitch 2: bara ett tack",
    "pitch_ex_strong": "Pitch 3: syftet, ett belägg och en inbjudan",
    "draft_title": "Kollegans utkast",
    "draft_label": "Utkastet",
    "reaction_line": "{name} svarar: ”{text}”",
    "next_order_line": "Nästa beställning: ”{text}”",
    "next_title": "Vad händer sedan?",
    "next_todo": "Inte klart än: skriv din pitch först och kör cellen igen.",
    "band_strong": "Stark pitch, {score} poäng: nästa beställning utgår från syftet.",
    "band_fair": "Halvvägs, {score} poäng: {name} tar till sig en del av det du sa.",
    "band_weak": "Svag pitch, {score} poäng: nästa beställning blir som den förra.",
    # Notebook 02, stretch: the learner sits on the requester's side of the table
    "reversal_title": "Byt plats: du är beställaren",
    "reversal_todo": "Inte klart än: skriv vad du beställer och varför, och kör cellen igen.",
    "reversal_order": "Du beställer",
    "reversal_weak": "Kollegan frågar",
    "reversal_form": "{question} ({form})",
    "reversal_unsaid": "Det här fick du aldrig säga",
    "reversal_unsaid_why": (
        "Ingen av frågorna handlade om syftet. Kollegan levererar det du bad om, utan att veta varför."
    ),
    "reversal_better": "Frågor som hade gett dig chansen",
}

# Strings of progress and the printable summary (orderlab.progress).
PROGRESS: dict[str, str] = {
    "pct": "{value} %",
    "skill_open_share": "Öppna frågor",
    "skill_topics": "Viktiga ämnen",
    "skill_purpose_first": "Syftet först",
    "skill_depth": "Följdfrågor",
    "skill_as_ordered": "Levererat som beställt",
    "skill_pitch": "Pitchens kriterier",
    "help_open_share": "Hur stor del av dina frågor som var öppna. Sikta på minst {need} %.",
    "help_topics": (
        "Hur många av scenariots viktiga ämnen du tog upp, till exempel syftet, målgruppen och dem som "
        "verksamheten finns till för."
    ),
    "help_purpose_first": "Full stapel om du frågade om syftet innan du frågade om formen, annars ingen stapel.",
    "help_depth": "Hur många följdfrågor i rad du ställde på beställarens svar. {full} i rad ger full stapel.",
    "help_as_ordered": "Full stapel om du levererade det som beställdes, annars ingen stapel.",
    "help_pitch": (
        "Hur många av pitchens {n} kriterier du klarade: de sex som ger poäng, "
        "en ton utan pekpinnar och en lagom längd."
    ),
    "guide_title": "Så läser du diagrammet",
    "guide_verdict": "Varje stapel går från 0 till 100. Diagrammet visar alltid din senaste omgång.",
    "skills_alt": "Dina färdigheter i den senaste omgången, från 0 till 100: {values}.",
    "skills_alt_previous": "Omgången före: {values}.",
    "skill_value": "{label} {value}",
    "missing": "saknas",
    "weakest": "Lägst just nu: {label}. Börja där i nästa omgång.",
    "all_full": "Alla staplar är fulla. Prova ett scenario från en annan del av kommunen.",
    "scenarios_title": "Scenarierna",
    "scenarios_verdict": (
        "{n} beställare från olika delar av kommunen. Du väljer en av dem i rollspelet längre ned."
    ),
    "no_rounds": (
        "Du har inga sparade omgångar än. Spela en omgång i avsnitt 5 först och kör sedan cellerna här igen."
    ),
    "history_alt": "Dina poäng per omgång, i den ordning du spelade ({rounds}). {lines}",
    "history_line": "{name}: {values}.",
    "history_title": "Poäng per omgång",
    "history_x": "Omgång",
    "history_y": "Poäng",
    "history_limited": "Diagrammet visar de {n} senaste omgångarna.",
    "rounds_1": "1 omgång",
    "rounds_n": "{n} omgångar",
    "scenarios_1": "1 scenario",
    "scenarios_n": "{n} scenarier",
    "practice_title": "Det här kan du öva på i jobbet",
    "practice_based_1": "Byggt på din sparade omgång.",
    "practice_based_n": "Byggt på dina {n} sparade omgångar.",
    "practice_tips": "Tips som kom oftast",
    "practice_topics": "Ämnen som oftast saknades",
    "practice_criteria": "Det som oftast saknades i pitchen",
    "times": "{text} ({n} av {total} omgångar)",
    "topic_line": "{name}. Prova till exempel: ”{example}”",
    "crit_no_blame": "En ton utan pekpinnar",
    "help_length": "Håll pitchen mellan {min} och {max} ord, så att den blir läst.",
    "none_tips": "Inga tips den här gången: dina frågor höll hela vägen.",
    "none_topics": "Du tog upp alla viktiga ämnen. Bra!",
    "none_criteria": "Dina pitchar klarade alla kriterier. Bra!",
    "summary_title": "Leverera och påverka: min sammanfattning",
    "summary_alias": "Alias: {name}",
    "summary_date": "Datum: {date}",
    "summary_played": "Jag har spelat {rounds} i {scenarios}.",
    "summary_rounds": "Omgångarna",
    "col_n": "Nr",
    "col_scenario": "Scenario",
    "col_round": "Omgång",
    "summary_skills_1": "Färdigheterna i min omgång",
    "summary_skills_n": "Färdigheterna, från första till senaste omgången",
    "summary_practice": "Det här övar jag på i jobbet",
    "summary_pitch": "Min bästa syftespitch",
    "summary_pitch_meta": "{score} poäng, {scenario}, omgång {round}",
    "summary_method": "Metoden i korthet",
    "method_1": "Fråga: börja med syftet och ställ öppna frågor om sådant du inte redan vet.",
    "method_2": "Leverera det som beställts, även när du själv hade valt något annat.",
    "method_3": (
        "Påverka nästa beställning: bekräfta leveransen, påminn om syftet, koppla till dem som verksamheten "
        "finns till för, ge ett belägg, föreslå något och bjud in till samtal."
    ),
    "summary_empty": "Inga sparade omgångar än. Spela en omgång i avsnitt 5 först.",
}

# Strings of the self-paced role-play and the rounds view (orderlab.ui.progress_view).
PROGRESS_VIEW: dict[str, str] = {
    "play_title": "Hela rollspelet",
    "play_intro": (
        "Skriv ett alias och välj ett scenario. Ett smeknamn räcker, ditt riktiga namn behövs inte. "
        "Dina färdiga omgångar sparas under aliaset, så att du kan titta på dem igen i avsnitt 6."
    ),
    "change_scenario": "Välj ett annat scenario",
    "round_saved": "Omgången är sparad. Du ser den igen i avsnitt 6.",
    "play_on": "Du kan spela ändå, men omgångarna sparas inte.",
    "skills_title": "Dina färdigheter i senaste omgången",
    "legend_latest": "Senaste omgången",
    "legend_previous": "Omgången före",
    "rounds_title": "Dina sparade omgångar",
    "show": "Visa mina omgångar",
    "rounds_found": "Du har {rounds} i {scenarios} sparade under aliaset {alias}.",
    "alias_unknown": (
        "Det finns inga sparade omgångar under aliaset {alias}. Kontrollera stavningen, "
        "eller spela en omgång i avsnitt 5 först."
    ),
    "alias_ask": "Skriv aliaset du använde i avsnitt 5 och klicka på ”Visa mina omgångar”.",
    "read_unavailable": "Dina sparade omgångar går inte att visa just nu.",
    "download_html": "Ladda ned sammanfattningen som webbsida (HTML). Öppna filen i webbläsaren och skriv ut den.",
    "download_md": "Ladda ned den som textfil (Markdown).",
    "file_stem": "sammanfattning-leverera-och-paverka",
}

# Strings of the answer forms that replace code editing in the notebooks and exercises
# (orderlab.ui.answer_form) and of the checks on what a learner types (orderlab.learner_text).
ANSWER_FORMS: dict[str, str] = {
    "check": "Kontrollera",
    "try": "Bedöm frågan",
    "show": "Visa",
    "question": "Din fråga",
    "question_n": "Fråga {n}",
    "rewrite_n": "Fråga {n} som öppen fråga",
    "order": "Det här beställde jag",
    "purpose": "Därför behövde jag det",
    "confirmation": "Din bekräftelse till Annika",
    "pitch": "Din pitch till Annika",
    "delivery": "Det här levererar jag",
    "placeholder_line": "Skriv här",
    "placeholder_text": "Skriv här. Du kan skriva flera rader.",
    "too_long": (
        "Texten är för lång ({n} tecken). Här räcker några meningar: högst {limit} tecken. "
        "Korta ned den och klicka igen."
    ),
    "no_words": "Skriv med ord. Rutan innehåller bara tecken eller emojier, och då finns det inget att bedöma.",
    "in_box": "{label}: {problem}",
    "markup": (
        "Texten innehåller något som ser ut som webbkod, till exempel <script>. Den visas här som "
        "vanlig text och körs aldrig."
    ),
    "model_answers": "Lösningsförslaget är redan ifyllt. Ändra gärna i det och klicka igen.",
}

# The exercise checks' wording now that answers are typed into boxes (orderlab.ui.answer_form):
# these replace the EXERCISES strings of the same name, which spoke of code cells and quotation marks.
EXERCISE_FORMS: dict[str, str] = {
    "try_todo": "Inte klart än: skriv en fråga i rutan och klicka på ”Bedöm frågan”.",
    "todo_empty": "Skriv din öppna fråga i rutan.",
    "todo_not_text": "Skriv svaret som vanlig text i rutan, till exempel: Vad vill du uppnå?",
    "rewrites_not_yet": "Inte klart än: {done} av {n} frågor är ifyllda. Skriv resten och klicka igen.",
    "rewrites_fix": "{ok} av {n} frågor är öppna och fria från fällor. Skriv om dem som är markerade och klicka igen.",
    "pitch_todo": "Inte klart än: skriv din pitch i rutan och klicka på ”Kontrollera”.",
    "pitch_not_text": "Inte klart än: skriv pitchen som vanlig text i rutan.",
    "pitch_fix": (
        "Pitchen behöver minst {need} poäng och en ton som inte skuldbelägger. Lägg till det som är "
        "markerat med ✗ och klicka igen."
    ),
    "questions_todo": "Skriv en fråga i rutan.",
    "questions_fix": "{ok} av {n} krav är uppfyllda. Ändra det som är markerat med ✗ och klicka igen.",
    "questions_fix_items": (
        "Helheten håller, men {n} av frågorna behöver skrivas om. Ändra dem som är markerade med ✗ "
        "och klicka igen."
    ),
    "confirmation_todo": "Inte klart än: skriv din bekräftelse i rutan och klicka på ”Kontrollera”.",
    "confirmation_not_text": "Inte klart än: skriv bekräftelsen som vanlig text i rutan.",
    "confirmation_fix": "{ok} av {n} punkter finns med. Lägg till det som saknas och klicka igen.",
    "choice_todo": "Inte klart än: välj A, B eller C och klicka på ”Kontrollera”.",
    "choice_fix": "Inte riktigt. Läs förklaringen, välj igen och klicka på nytt.",
    "next_todo": "Inte klart än: skriv din pitch först och klicka igen.",
    "reversal_todo": "Inte klart än: skriv vad du beställde och varför du behövde det, och klicka igen.",
}

# Strings of the model round in notebook 05 (orderlab.model_round).
MODEL_ROUND: dict[str, str] = {
    "title": "En stark omgång, steg för steg",
    "verdict": "Läs vad du säger, vad {name} svarar och varför det fungerar.",
    "opening": "Beställningen",
    "question_n": "Fråga {n}",
    "confirmation": "Du bekräftar beställningen",
    "delivery": "Du levererar",
    "pitch": "Din syftespitch",
    "reply": "{name}: {text}",
    "points": "Poäng för frågan: {points}",
    "score": "Poäng för steget: {points} av 100",
    "why": "Därför fungerar det: {text}",
    "next_order": "Nästa beställning",
}

# Strings of section 6's reflection questions, their boxes and their part of the summary
# (orderlab.ui.progress_view and orderlab.progress).
REFLECTION: dict[str, str] = {
    "title": "Dina svar inför nästa beställning",
    "q1": "Vilken fråga om syftet ställer du först?",
    "q2": "Vilket ämne brukar du glömma, och hur frågar du om det?",
    "q3": "Vem behöver höra din syftespitch efter leveransen, och vilket belägg har du?",
    "save": "Spara svaren",
    "saved": "Dina svar är sparade och finns med i sammanfattningen nedan.",
    "alias_first": "Visa dina omgångar först, med ditt alias högst upp i avsnittet. Svaren sparas under det.",
    "unavailable": "Dina svar går inte att spara just nu. Skriv gärna av dem.",
    "summary_title": "Mina svar inför nästa beställning",
}
