"""English: word lists for the scorers and every string a learner sees."""

# Entries: exact word, prefix ending in *, or a phrase of several words (see orderlab.text.Lexicon).
WORDS: dict[str, list[str]] = {
    # Questions that ask for one fact, a choice or yes/no despite their question word.
    "closed_start": [
        "when", "who", "whom", "whose", "where", "which",
        "how many", "how much", "how long", "how often", "how soon", "how big", "how large",
        "how old", "how urgent", "what time", "what date", "what day", "what size",
        "what is the budget", "what's the budget", "what is the deadline", "what's the deadline",
        "what colour", "what color",
        "do you know if", "do you know whether", "can you tell me if", "could you tell me if",
        "can you tell me whether", "could you tell me whether", "i wonder if",
        "do you know when", "can you tell me when", "could you tell me when",
        "what|how about a|an|using|making|doing|having", "why not", "why don't we|you",
        # The learner's own idea, longer than the open "what about": "What about running a pilot?"
        "what|how about putting|running|trying|starting|moving|adding|sending|creating|building",
        "what|how about holding|printing|posting|going|switching|setting|recording|offering|just",
        "who's", "whos", "where's", "when's",
        "what if we|you|i", "what share", "what proportion", "what percentage", "what percent", "how early",
        "how late", "how far",
    ],
    # Questions and requests that invite the requester to elaborate.
    "open_start": [
        "why", "how", "what", "what's", "whats", "how's", "hows", "in what way", "in which way*",
        "to what extent",
        "tell me", "tell us", "describe", "explain", "walk me through", "talk me through",
        "help me understand", "say more", "elaborate",
        "can you tell me", "could you tell me", "can you describe", "could you describe",
        "can you explain", "could you explain", "can you walk me", "could you walk me",
        "can you talk me", "could you talk me", "would you tell me", "would you describe",
        "can you say more", "could you say more", "i'd like to hear", "i would like to hear",
        "can you share", "could you share", "would you share", "can you expand", "could you expand",
        "would you expand", "expand on", "tell me more",
        "share what|how|why|more|your|some|any",
        # Longer than "which" (closed) or a bare "what" before a fact word: these invite a description.
        "what|which kind|kinds|sort|sorts|type|types of", "what about", "what's|whats driving|behind",
        "what is driving|behind", "what happened",
    ],
    # Auxiliaries that open a yes/no question.
    "verb_first": [
        "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could",
        "will", "would", "should", "shall", "may", "might", "must", "am", "isn't", "aren't",
        "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
        "haven't", "hasn't",
    ],
    # Words that look like a question's first verb but are not. Swedish needs the list (any
    # present-tense verb can open a question there); English questions open with an auxiliary.
    "not_verbs": ["after", "under", "over", "for", "or", "where", "here", "there"],
    "subject": [
        "you're", "we're", "they're", "it's", "you've", "we've", "they've", "you", "we", "it", "they", "he",
        "she", "i", "there", "this", "that", "anyone",
        "someone", "your", "the",
    ],
    # Assumes the answer anywhere in the question.
    "leading": [
        "don't you think", "do you not think", "wouldn't you agree", "you agree that",
        "surely", "wouldn't it be", "isn't it better", "obviously", "of course you",
        "you'd agree", "you would agree", "can't we", "cannot we", "shouldn't we", "shouldn't you",
        "couldn't we", "why don't we", "wouldn't it make sense",
        "why would you want|need|bother",
    ],
    # Tags at the end: "..., right?", "..., isn't it?".
    "leading_tag": [
        "surely", "right", "isn't it", "aren't they", "aren't you", "don't you", "doesn't it",
        "wouldn't it", "won't it", "isn't that so", "correct", "yeah", "no", "won't you",
        "won't they", "wouldn't you", "don't they", "aren't we", "isn't that right", "didn't you",
        "haven't you", "can't we", "shouldn't we", "will it", "would it", "isn't he", "isn't she",
        "do you", "did you", "have you", "does it", "has it", "don't you think",
        "don't we", "won't we", "isn't there",
    ],
    # A trailing aside asking the requester's view of the same question: "What matters most, do you think?".
    "parenthetical": [
        "do you think", "d'you think", "you think", "would you say", "do you reckon", "you reckon", "do you feel",
        "in your view", "in your opinion", "in your experience", "would you guess",
    ],
    # Own solutions: "Have you considered a film?" but not "Have you considered who ...?".
    "solution": [
        "why not", "what|how about a|an|using|making|doing|having|we",
        "have|did you considered|consider|thought|think about|of a|an|using|making|doing",
        "have you considered a|an|using|making|doing", "did you consider a|an|using|making",
        "instead", "wouldn't it be better", "would it not be better", "isn't it better",
        "i suggest", "i'd suggest", "i would suggest", "what if we|you", "we could just",
        "shouldn't we", "shouldn't you", "rather than", "couldn't we", "why don't we|you",
        "would you consider a|an|using|making", "would be better", "would be smarter",
        "would be easier", "i think a|an|we", "we should", "you should", "it'd be better",
        "it would be better",
        "what|how about putting|running|trying|starting|moving|adding|sending|creating|building",
        "what|how about holding|printing|posting|going|switching|setting|recording|offering|just",
        "one option could|would|might|is", "another option", "an option could|would|might",
        "we could always|try|trial|skip|use",
        "wouldn't it be easier|simpler|smarter|quicker|cheaper",
        "can't|couldn't we just", "obviously need", "clearly need",
        "have|did you considerd a|an|using|making|doing",
        "would be much|far|way better|easier|smarter|simpler", "would be a lot better|easier|simpler",
        "we have a template|tool|solution", "shall we use|run|record|make|try|skip|put", "shall we do it|the|a|an",
        "don't you think a|an|we|it'd",
        "could|can we trial|pilot|skip", "could|can we try|test a|an|with|using|out",
    ],
    # "Have you considered X?" proposes X, unless X is a wh-word: "... considered who will read it?".
    "considered": [
        "have|did you considered|consider|thought|think about|of", "have|did you considered|consider",
        "have|did you considerd",
    ],
    # "When" and "how soon" at the start of a question are about timing; mid-sentence "when" is not.
    "deadline_start": ["when", "how soon", "by when", "what date", "what day", "until when"],
    # Padding before the question itself: "And what ...", "I wonder if ...".
    "filler": [
        "and", "but", "so", "ok", "okay", "well", "then", "right", "also", "now", "hmm",
        "great", "thanks", "i see", "i wonder", "i'd like to know", "i would like to know",
        "one question", "may i ask", "can i ask", "just", "oh", "i'm curious", "i am curious",
        "i'm wondering", "i am wondering", "i was wondering", "i'm curious about", "curious",
        "please", "kindly", "pls", "actually", "honestly", "by the way", "quick question", "um", "uh", "erm",
        "i was just wondering", "i'm just wondering",
    ],
    "filler_before_wh": ["so", "and so"],
    # Subordinators: "So when the schedule goes wrong, it's the clients who wait" is a reflection.
    "subordinator": ["when", "whenever", "if", "since", "once", "because", "as soon as", "while", "after", "before"],
    "embedded_yes_no": ["if", "whether"],
    # Fillers that are verbs of asking: "if" after them embeds a yes/no question ("I wonder if ..."),
    # while "And if ...?" asks what happens then.
    "embedding": [
        "i wonder", "i'd like to know", "i would like to know", "may i ask", "can i ask", "i'm curious",
        "i am curious", "i'm wondering", "i am wondering", "i was wondering", "i'm curious about", "curious",
        "i was just wondering", "i'm just wondering",
        # "Okay if I make a suggestion?" asks whether it is okay: a yes/no question.
        "ok", "okay",
    ],
    # "Why not ...?" proposes something; it does not ask about the purpose.
    "why_not": ["why not", "why don't we", "why don't you"],
    # Asking permission before proposing something.
    "permission": [
        "may i suggest", "can i suggest", "could i suggest", "can i make a suggestion",
        "may i make a suggestion", "could i make a suggestion", "are you open to",
        "would you like a suggestion", "would you like to hear an idea", "can i offer",
        "may i offer", "can i share an idea", "may i share an idea", "can i throw out an idea",
        "would it be ok|okay|alright if i suggest*|suggested|offer*|offered|shared",
        "is it ok|okay|alright if i suggest*|offer*|share", "mind if i suggest*|offer*|share|throw",
        "could i offer", "may i share a thought", "can i share a thought", "can i give a tip",
        "ok|okay if i suggest*|propose*|offer|share|sketch|give|make|add", "ok|okay if i push back",
        "is it ok|okay if i suggest*|propose*|offer|share|give|make",
    ],
    # A "why" after an answer follows that answer up (five whys).
    "why_start": ["why", "how come", "what makes", "what's behind", "what is behind"],
    # The deliverable itself: mentioning it in passing is not asking about its form.
    "deliverable": [
        "brochure*", "leaflet*", "folder*", "film*", "poster*", "app", "apps", "newsletter*",
        "webinar*", "ad", "ads", "advert*", "survey*", "report*", "training", "letter*", "video*",
        "invitation*", "system*", "e-service*", "form", "booklet*",
        "laptop*", "tablet*", "intranet*",
    ],
    # "Today" is what is done now only near how it is done: "How do you handle the applications today?".
    "today": ["today", "nowadays", "at present", "at the moment"],
    "how_word": ["how"],
    "doing": [
        "do", "does", "done", "work", "works", "working", "use", "uses", "used", "handle", "handles",
        "handled", "manage", "manages", "managed", "run", "runs", "deal", "deals", "go about",
    ],
    # ... but not what cannot be done today: "What do you need to do that you can't do today?".
    "not_history": [
        "can't|cannot|couldn't|don't do|see|get|reach today", "can not|not do|see|get|reach today",
    ],
    # A "what" question that ends in one of these words asks for one fact: "What does it cost?".
    "what_word": ["what", "what's", "whats"],
    # Asking for a price is one fact wherever the word stands: "What does the licence cost per year?".
    "fact_any": ["cost", "costs", "price", "priced"],
    "fact_end": [
        "name", "names", "called", "cost", "costs", "price", "date", "budget", "deadline", "number",
        "address", "time", "size", "phone",
        "timeframe", "timescale",
    ],
    # Reflections and summaries count in the learner's favour (MITI).
    "reflection": [
        "so what matters", "if i understand", "if i've understood", "so you mean",
        "it sounds like", "so what you're saying", "so what you are saying", "to sum up",
        "let me check", "so the main thing", "so it's about", "so it is about",
        "if i've got", "if i got", "have i got that", "did i get that", "you mean",
        "you're saying", "you are saying", "what i'm hearing", "what i hear", "so what you're after",
        "so what you want", "it sounds as if", "sounds like",
        "i'm hearing", "i am hearing", "i hear that", "i hear you", "so the heart of", "the heart of it",
        "so the real", "the real worry", "the real issue", "the real problem", "so the core", "the core of it",
        "you seem", "you sound", "it seems like", "it seems as if", "that's a lot",
    ],
    "acknowledgement": [
        "ok", "okay", "right", "i see", "great", "thanks", "thank you", "fine", "yes", "no",
        "sure", "good", "got it", "mm", "aha", "alright", "cool",
    ],
    # The purpose pitch.
    "pitch_acknowledge": [
        "delivered", "deliver*", "as you asked", "as you ordered", "as ordered",
        "you asked for", "you ordered", "here is", "here's", "ready", "thank*", "your order",
        "is done", "are done", "printed", "finished", "here are", "here they are",
    ],
    "pitch_purpose": [
        "purpose*", "so that", "in order to", "the goal", "goal*", "aim*", "achieve*",
        "the point", "what matters",
    ],
    "pitch_end_customer": [
        "pupil*", "student*", "child*", "patient*", "resident*", "citizen*", "famil*",
        "parent*", "guardian*", "core", "service user*", "elderly", "older people", "client*",
    ],
    "pitch_evidence": [
        "percent", "per cent", "statistic*", "survey*", "measure*", "last year", "we saw",
        "figure*", "data", "share", "half", "a third", "showed", "shows", "follow-up",
    ],
    "pitch_proposal": [
        "suggest*", "propos*", "next time", "could we", "we could", "let's", "let us",
        "try", "trial", "recommend*", "my tip", "how about",
    ],
    "pitch_invite": [
        "what do you think", "how do you see", "what's your view", "what is your view",
        "shall we", "could we talk", "meet", "talk", "chat", "happy to", "let me know",
        "together", "coffee", "would you be open",
    ],
    "pitch_blame": [
        "wrong", "should have", "waste*", "you must", "as i said", "you don't understand",
        "obviously", "bad idea", "pointless", "nobody reads", "no one reads", "useless",
        "silly", "stupid", "thrown away",
    ],
}

TOPICS: dict[str, list[str]] = {
    "purpose": [
        "purpose*", "why", "achieve*", "goal*", "aim*", "reason*", "objective*", "outcome*",
        "what do you want", "hoping", "hope to", "needs", "change", "the point", "intended",
        "how come", "problem*", "what's it for", "what is it for", "whats it for", "main thing",
        "most important", "matters most", "what matters", "are you after", "take away", "to happen",
        "should happen", "want people to",
        "want them to", "need to be able", "meant to", "supposed to", "solve",
        "differently", "be able to", "no longer", "want to know", "use it for", "do nothing", "nothing at all",
        "isn't working", "not working", "doesn't work", "should they do", "do next", "heart of it", "get out of",
    ],
    "audience": [
        "audience*", "reader*", "recipient*", "who is it for", "who's it for", "who will read",
        "who reads", "target*", "for whom", "who are they", "who will get", "who receives",
        "who will receive", "who is it aimed", "who should", "who do you want to reach",
        "want to reach", "reach", "who's going to read", "who is going to read", "use it", "using",
        "users", "user", "who'll use", "will use", "will be used", "going to use", "attract",
        "looking for", "participant*", "attendee*", "how many people", "how many will", "carers",
        "prefer to get",
        "when they read", "after reading", "once they read", "once they see", "when they open",
        "when they see", "read it", "reading it", "for everybody", "for everyone", "for all staff", "visitor*",
        "looking for in", "for those who", "for people who",
    ],
    "end_customer": [
        "end customer*", "end user*", "pupil*", "student*", "patient*", "resident*",
        "citizen*", "child*", "core", "service user*", "benefit*", "in the end", "ultimately",
        "older people", "elderly", "relatives", "families", "tenants", "customers",
    ],
    "success": [
        "success*", "succeed*", "succeded", "measure*", "result*", "how will you know",
        "how would you know", "how do you know", "how will we know", "how would we know",
        "satisf*", "kpi*", "evaluat*", "good outcome", "work well", "worked well", "count as",
        "stats", "statistic*", "follow up", "follow-up", "perfect", "failure", "fail", "has worked",
        "have worked", "made a difference", "notice",
        "happy with", "response rate*",
    ],
    "deadline": [
        "deadline*", "date*", "ready", "timeline*", "timescale*", "how soon", "urgent*",
        "week", "weeks", "by when", "schedule*", "timing", "in time", "miss", "new year",
        "summer", "autumn", "spring", "before the", "out before", "go live", "launch*",
        "timeframe*", "time frame", "by friday|monday|tuesday|wednesday|thursday", "out by", "due", "how early",
    ],
    "budget": [
        "budget*", "cost*", "money", "price*", "afford*", "pay", "pays", "paying", "payment*", "fund",
        "funds", "funding", "funded", "resource*",
        "spend*", "kronor", "sek", "fee", "fees",
        "spent on", "spend on",
    ],
    "constraints": [
        "constraint*", "requirement*", "rule*", "guideline*", "brand*", "accessib*", "gdpr",
        "procurement*", "framework agreement*", "polic*", "not allowed", "law", "laws", "legal*",
        "limit*", "restriction*", "allowed", "confidential*", "consent", "personal data",
        "anonymous", "dpia", "data protection", "bankid", "siths", "login", "security",
        "works with", "compatib*", "integrat*", "screen reader*", "tender*", "call off",
        "agreement", "collective agreement*", "easy-read", "archiv*", "do we have to",
        "do we need to", "have to go", "must", "allerg*",
        "have to follow", "need to follow", "in place", "technically",
    ],
    "stakeholders": [
        "who else", "involv*", "who decides", "who will decide", "decision-maker*", "approv*",
        "sign-off", "sign off",
        "stakeholder*", "colleague*", "manager*", "consult*", "anyone else", "affected",
        "spoken to", "talked to", "speak to", "talk to", "union*", "system owner*", "owner",
        "ordered", "who came up", "initiative", "collaborat*", "board", "committee*",
        "politician*", "director*", "management",
        "signed", "signing", "signs off", "signs it", "sign it", "signed off", "owns", "should own", "ownership",
        "your role", "boss*", "higher up", "adopt*", "council", "auditor*", "reacted", "reaction*", "chief executive",
        "who makes the decision", "making the decision", "make the decision", "takes the decision", "complained",
        "have a say",
    ],
    "history": [
        "done before", "tried before", "had before", "used before", "done this before", "ever done",
        "previous*", "last time", "last year", "tried", "tested", "in the past", "experience*", "usually",
        "history", "done so far", "background", "have today",
        "do today", "work today", "works today", "handle it today", "how you do",
        "so far", "current*", "how did", "what led", "the last", "at the moment",
        "you have now", "how do you do", "been handled",
        "already", "what happened", "something similar", "every year", "how is it done", "how it's done",
        "how it is done", "these days", "used to", "the old", "replace*",
        "working today", "done today", "handled today", "happens today",
    ],
    "format": [
        "format*", "print*", "digital*", "web*", "channel*", "pages", "page", "size*", "layout*",
        "design*", "photo*", "image*", "paper*", "pdf", "sms", "text message*", "language*",
        "arabic", "somali", "english", "swedish", "a4", "a5", "a3", "social media", "facebook",
        "instagram", "linkedin", "publish*", "posted", "full day", "half day", "iphone", "android",
        "mobile", "cloud", "look like", "length", "how long should", "platform", "in person",
        "on site", "online", "clip",
        "press release*", "email*", "e-mail*", "homepage*", "tiktok", "youtube", "twitter", "snapchat",
        "laptop*", "chromebook*", "windows", "ipad*", "school app", "workplace meeting*", "slides",
    ],
}

TOPIC_NAMES: dict[str, str] = {
    "purpose": "purpose",
    "audience": "audience",
    "end_customer": "end customer",
    "success": "what success looks like",
    "deadline": "timing",
    "budget": "budget",
    "constraints": "constraints and rules",
    "stakeholders": "who else is involved",
    "history": "what was tried before",
    "format": "form and channel",
}

# The same topics as a sentence needs them after "about" ("You ask about the budget").
TOPIC_OBJECTS: dict[str, str] = {
    "purpose": "the purpose",
    "audience": "the audience",
    "end_customer": "the end recipients",
    "success": "what success looks like",
    "deadline": "the timing",
    "budget": "the budget",
    "constraints": "the constraints and rules",
    "stakeholders": "who else is involved",
    "history": "what was tried before",
    "format": "the form and channel",
}

OPEN_REWRITES: dict[str, str] = {
    "": "What would you like this to achieve?",
    "purpose": "What do you want to happen because of this?",
    "audience": "Tell me about the people this is for.",
    "end_customer": "In the end, how does this affect the pupils, patients or residents?",
    "success": "How will you notice that this has worked?",
    "deadline": "What is driving the timing of this?",
    "budget": "What money and resources do you have for this?",
    "constraints": "Tell me about the rules and limits we need to keep in mind.",
    "stakeholders": "Tell me about the others this affects, besides you.",
    "history": "Tell me about what you have tried before and how it went.",
    "format": "How do you picture the format: what does it need to do?",
}

UI: dict[str, str] = {
    "lang_name": "English",
    "app_title": "Deliver, then influence",
    "choose_language": "Language",
    "choose_scenario": "Scenario",
    "start": "Start the role-play",
    "step_consult": "Ask",
    "step_deliver": "Deliver",
    "step_influence": "Influence",
    "steps_label": "The three steps of the role-play",
    "step_now": "Step {n} of 3: {name}",
    "you": "You",
    "question_label": "Your question to the requester",
    "question_placeholder": "Type a question and press Enter",
    "send": "Send",
    "done_asking": "I have finished asking",
    "questions_left": "Questions left: {n}",
    "meter_time": "Time left",
    "meter_trust": "Trust",
    "meter_value": "{name}: {value} out of 100",
    "round": "Round {n}",
    "next_round": "Take the next order",
    "question_no_words": "The question needs words, not just symbols or emoji. It does not cost a turn.",
    "empty_question": "Type a question first. It does not cost you a turn.",
    "meeting_over": "The meeting is over: the requester has left. Move on and confirm the order.",
    "no_questions_left": "The requester has no time for more questions. Move on and confirm the order.",
    "wrong_step": "That step is already done or not started yet: {step}.",
    "deliver_before_pitch": (
        "Deliver first. The method says: deliver what was ordered, then influence the next "
        "order. Arguing instead of delivering breaks step 2."
    ),
    "form_open": "open",
    "form_closed": "closed",
    "form_none": "not a question",
    "flag_leading": "leading",
    "flag_solution": "own solution",
    "flag_stacked": "several questions in one",
    "flag_not_a_question": "not a question",
    "score_panel_title": "Your last question",
    "score_form": "Form: {form}",
    "score_topics": "Topics: {topics}",
    "score_points": "Points: {points}",
    "no_topics": "none of the ten topics",
    "reason_open": "Open question: the requester can answer in their own words. +{points}",
    "reason_closed": "Closed question: it gets a short answer or a yes/no. +{points}",
    "reason_none": "This is not a question, so the requester has nothing to answer.",
    "reason_reflection": "Good summary: you show that you listened. +{points}",
    "reason_topic": "You ask about {topics}. +{points}",
    "reason_leading": "Leading: the question assumes its answer. {points}",
    "reason_solution": "You propose your own solution before you understand the order. {points}",
    "reason_guided": "You guide: you asked permission and know the purpose. That is part of the job. +{points}",
    "reason_stacked": "Several questions at once: the requester will answer only one. {points}",
    "topic_with_evidence": "{topic} ({words})",
    # Language review (issue 11): lists inside sentences.
    "list_and": "{first} and {last}",
    "quoted": "“{word}”",
    "reason_small_talk": "Small talk: good for the mood, but it gives the requester nothing to answer about the order.",
    "reason_follow_up": "Follow-up: you ask the requester to go on with what they just said about {topic}. +{points}",
    "reason_other_language": "This looks like {other}. The role-play is in English.",
    "language_sv": "Swedish",
    "language_en": "English",
    "suggest_open": "Try instead: \u201c{example}\u201d",
    "conv_open_share": "{pct}% of your questions were open ({verdict}).",
    "verdict_good": "good",
    "verdict_fair": "fair",
    "verdict_low": "too few",
    "conv_covered": "You covered: {topics}.",
    "conv_missed": "You missed: {topics}.",
    "conv_purpose_first": "You asked about the purpose before the form. Well done!",
    "conv_purpose_late": "Ask about the purpose before you discuss form and channel.",
    "conv_purpose_missing": "You never asked about the purpose, the most important thing of all.",
    "conv_solutions": "Questions in which you proposed your own solution before understanding the order: {n}.",
    "conv_no_questions": "You asked no questions before moving on.",
    "conv_depth": "At most you asked {n} follow-up questions in a row. That is how the real purpose comes out.",
    "conv_reflections": "You summed up what the requester said ({n} times). It shows that you listen.",
    "tip_depth": (
        "Follow up the answers: ask \u201cwhy?\u201d about the requester's own words, several times in a row."
    ),
    "tip_reflect": "Sum up now and then: \u201cSo what matters most to you is ...\u201d.",
    "tip_open": "Ask more open questions: start with what, how or tell me.",
    "tip_missed": "Ask about {topic} next time.",
    "tip_purpose": "Start with the purpose: \u201cWhat do you want to achieve?\u201d",
    "tip_solutions": "Hold back your own ideas until you understand the order.",
    "tip_leading": "Avoid leading questions such as \u201c..., right?\u201d: let the requester think.",
    "other_language": (
        "This looks like {other}, but the role-play is in English. Write the question in English, "
        "or switch the language at the top. It does not cost a turn."
    ),
    "reply_small_talk": "Thanks, you too! But we don't have much time – what do you need to know?",
    "hint_purpose": "By the way, you haven't asked what it should lead to.",
    "hint_audience": "By the way, you haven't asked anything about who it is for.",
    "hint_end_customer": "By the way, you haven't asked what it means for the people we are here for.",
    "hint_success": "By the way, you haven't asked how we will know it has worked.",
    "hint_deadline": "By the way, you haven't asked what drives the timing.",
    "hint_budget": "By the way, you haven't asked anything about the money.",
    "hint_constraints": "By the way, you haven't asked whether there are rules we have to stick to.",
    "hint_stakeholders": "By the way, you haven't asked who else is involved.",
    "hint_history": "By the way, you haven't asked how we have done it before.",
    "hint_format": "By the way, you haven't asked how I picture the thing itself.",
    "reply_not_question": "Mm. What else would you like to know?",
    "reply_reflection": "Yes, exactly – it helps to hear it summed up.",
    "reply_permission_yes": "Yes, please. What are you thinking?",
    "reply_permission_wait": "Maybe a bit later. Do you know yet what I want to achieve?",
    "reply_as_last_time": "As I said last time: {answer}",
    "choose_delivery": "Choose what you deliver first.",
    "trust_line": "Trust {change}: {why}",
    "trust_legend_title": "What do time and trust mean?",
    "trust_legend": (
        "Time left: how much of the meeting remains. Every question takes time; a summary or a friendly "
        "word takes a little less. When time runs out, the requester leaves. Trust: how willing the "
        "requester is to tell you things and to listen to your ideas. Open questions and follow-ups build "
        "it; leading questions, pushing your own solution and delivering something other than the order "
        "wear it down. Trust carries over to the next order."
    ),
    "trust_why_open_new": "an open question about something new.",
    "trust_why_closed_new": "a question about something new, but closed – you get a short answer.",
    "trust_why_deeper": "you build on what was just said.",
    "trust_why_reflection": "you sum up and show you have listened.",
    "trust_why_permission": "you ask before suggesting anything.",
    "trust_why_permission_wait": "you want to suggest something before you know what they want to achieve.",
    "trust_why_small_talk": "a little small talk warms up the meeting.",
    "trust_why_guided": "your idea came when they were ready to hear it.",
    "trust_why_repeat": "you ask about something already answered.",
    "trust_why_redirect": "the question has nothing to do with the order.",
    "trust_why_not_a_question": "that was not a question.",
    "trust_why_leading": "the question puts words in their mouth.",
    "trust_why_pushback": "you push your own solution before understanding the need.",
    "trust_why_delivered_as_ordered": "you delivered what was ordered.",
    "trust_why_delivered_changed": "the delivery was not what you had agreed.",
    "trust_why_delivered_override": "you delivered something other than the order.",
    "trust_why_pitch_strong": "your pitch gave them something to think about.",
    "trust_why_pitch_fair": "your pitch planted an idea.",
    "trust_why_pitch_weak": "your pitch changed nothing.",
    "trust_why_pitch_blame": "your pitch lectured them.",
    "trust_start": "Trust carries over from the last round: {value} out of 100.",
    "pitch_capped": (
        "Your pitch could have achieved more, but you did not deliver what was ordered. Influence is earned by "
        "delivering first."
    ),
    "reply_repeat": "As I said: {answer}",
    "reply_repeat_more": "I've already said: {answer} But there's one more thing: {more}",
    "confirm_title": "Confirm the order",
    "confirm_help": (
        "Sum up in your own words what will be delivered: what, for whom, when and why. "
        "The requester corrects what is missing."
    ),
    "summary_label": "Your summary of the order",
    "confirm": "Confirm",
    "summary_no_words": "The summary needs words, not just symbols or emoji: what, for whom, when and why?",
    "empty_summary": "Write a summary first, or skip the confirmation.",
    "confirm_missing": "Almost. {corrections}",
    "deliver_title": "Deliver",
    "deliver_help": "Choose what you deliver. Remember step 2: deliver what was ordered.",
    "delivery_label": "What do you deliver?",
    "deliver_as_ordered": "As ordered: {details}",
    "deliver_alternative": "My own alternative: {details}",
    "deliver": "Deliver",
    "delivered_ok": "You delivered what was ordered. That is step 2.",
    "delivered_changed": "You did not deliver what was ordered: {fields}.",
    "delivered_alternative": "You delivered your own alternative instead of the order. {why}",
    "unknown_delivery": "Unknown delivery choice {choice!r}: use ordered, alternative or fields with values.",
    "unknown_field": "Unknown delivery field {field!r}; the fields are: {fields}.",
    "unknown_option": "Unknown value {value!r} for {field}; choose from: {options}.",
    "pitch_title": "Influence the next order",
    "pitch_help": (
        "The delivery is done. Write a few sentences (about 40 to 150 words) to the requester "
        "about the purpose, so that the next order is even better."
    ),
    "pitch_label": "Your purpose pitch",
    "pitch_send": "Send the pitch",
    "word_count": "{n} words",
    "pitch_no_words": "The pitch needs words, not just symbols or emoji. Write a few sentences about the purpose.",
    "empty_pitch": "The pitch is empty. Write a few sentences about the purpose.",
    "crit_acknowledge": "Acknowledges the delivery",
    "crit_purpose": "Says why: the purpose",
    "crit_end_customer": "Links to the end recipients in the core process",
    "crit_evidence": "Gives evidence: a fact or a figure",
    "crit_proposal": "Proposes something concrete for next time",
    "crit_invite": "Invites a dialogue",
    "crit_blame": "Blames or lectures",
    "crit_length": "Short enough to be read (40 to 150 words)",
    "pitch_met": "\u2713 {criterion}",
    "pitch_missed": "\u2717 {criterion}: no sentence does this yet.",
    "pitch_met_by": "\u2713 {criterion}: \u201c{sentence}\u201d",
    "pitch_blame_found_in": (
        "\u2717 Tone: \u201c{sentence}\u201d blames or lectures; it closes the door to the next order."
    ),
    "pitch_blame_found": "\u2717 Tone: avoid blame; it closes the door to the next order.",
    "pitch_too_short": "Too short: {n} words. Aim for 40 to 150 words.",
    "pitch_too_long": "Too long: {n} words. Nobody has time to read more than about 150.",
    "reaction": "The requester replies",
    "next_order": "The next order",
    "report_title": "Your report",
    "report_total": "Total: {score} out of 100",
    "report_step": "{name}: {score} out of 100 (weight {weight}%)",
    "play_again": "Play again",
    "input_cut": "(The text was long and has been shortened for display.)",
    "workshop_intro": (
        "Choose an alias: a nickname will do, your real name is not needed. "
        "Your result is saved under the alias so that the facilitator can show the group's results."
    ),
    "alias_label": "Your alias",
    "alias_placeholder": "for example Bluebell",
    "join": "Start playing",
    "playing_as": "You are playing as",
    "resumed": "Welcome back! You carry on where you were.",
    "resume_failed": "Your saved round could not be restored, so you start again.",
    "resumed_partly": "Welcome back! Most of your round could be restored, but not all of it.",
    "progress_saved": "Saved.",
    "result_saved": "Your result is saved.",
    "dashboard_title": "The facilitator's overview",
    "workshop_label": "Workshop",
    "refresh": "Refresh",
    "dashboard_counts": "{results} results from {participants} participants. {in_progress} playing right now.",
    "dashboard_open_share": "On average {pct}% of the questions were open.",
    "total": "Total",
    "chart_scores_alt": (
        "Scores per step. "
        "Means: ask {questions}, deliver {delivery}, influence {pitch}, total {total}."
    ),
    "topic_share": "{topic} {pct}%",
    "chart_points": "Points",
    "chart_participants": "Number of results",
    "chart_mean": "Mean {mean}",
    "chart_open_title": "Share of open questions per result",
    "chart_open_x": "Open questions (%)",
    "chart_open_fair": "50 %: fair",
    "chart_open_good": "70 %: good",
    "chart_open_alt": (
        "Share of open questions in {n} results: "
        "{good} reached 70 % (good) and {fair} reached 50 % (fair)."
    ),
    "check_pool": "Starting {pool} kernels for a room of {room}: start this a minute before people arrive.",
    "check_participants": "Participants open:",
    "check_local_only": (
        "Only this computer can reach this address. Start with HOST=0.0.0.0 to let the room in (trusted "
        "networks only)."
    ),
    "check_dashboard": "Your dashboard (on this computer):",
    "check_results": "Results are saved in: {where}",
    "check_retention": (
        "Results are deleted for good {days} days after the workshop was created (RETENTION_DAYS= changes it)."
    ),
    "check_code": "Workshop code (made now, random and hard to guess): {code}",
    "check_dashboard_only_here": (
        "The dashboard can only be reached from this computer (127.0.0.1). From another device: an SSH tunnel, "
        "see docs/results-store.md."
    ),
    "check_memory": "Memory: about {needed} MB needed, {free} MB available.",
    "check_memory_short": (
        "The free memory ({free} MB) is not enough for {room} participants (about {needed} MB). Close "
        "other programs or use a bigger computer."
    ),
    "check_port_busy": "Port {port} is already in use: start with another one, for example PORT=9000.",
    "check_no_address": (
        "Found no network address for this computer: look it up (on Linux with hostname -I) and use it "
        "instead of 127.0.0.1."
    ),
    "missed_title": "Topics most often missed (share of participants)",
    "chart_missed_alt": "Topics most often missed: {topics}.",
    "nothing_missed": "Nobody missed any of the key topics.",
    "gallery_title": "Purpose pitches (anonymous)",
    "gallery_score": "Score: {score}",
    "no_pitches": "No pitches yet.",
    "show_aliases": "Show aliases",
    "data_title": "Data",
    "data_help": "The results are personal data. Delete the workshop once you have had the debrief.",
    "dashboard_refused": (
        "{n} saves from participants' pages were stopped by the limits (last at {when} UTC): some page sent "
        "more or larger results than a participant does. What was already saved is untouched."
    ),
    "dashboard_expires": "This workshop's data is deleted for good on {when} UTC (kept for {days} days).",
    "dashboard_title_line": "Workshop: {title}",
    "new_workshop": "New workshop",
    "new_workshop_title": "Title (shown only here)",
    "new_workshop_made": "New workshop made. The participants' address holds the code {code}.",
    "export_csv": "Export CSV",
    "download_csv": "Download CSV ({n} rows)",
    "confirm_delete": "I understand that everything about this workshop is deleted for good",
    "delete_workshop": "Delete the workshop",
    "deleted": "The workshop {workshop} is deleted ({n} results).",
    "unexpected_error": (
        "Something went wrong here, and it is not your fault. Try again: what you have done so far is kept. "
        "If it happens again, tell the facilitator."
    ),
    "results_play_on": "You can still play; tell the facilitator.",
    "results_missing_folder": "Results cannot be saved: the results file's folder does not exist.",
    "results_not_a_file": "Results cannot be saved: the path names a folder, not a file.",
    "results_read_only": "Results cannot be saved: the results folder is read-only.",
    "results_corrupt": "The results file is damaged and cannot be read.",
    "results_too_new": "The results file was made by a newer version of the course.",
    "results_locked": "The results file is busy right now. Try saving again in a moment.",
    "results_disk_full": "Results cannot be saved: the disk is full.",
    "results_unreachable": "Results cannot be saved: the results database cannot be reached right now.",
    "results_auth": "Results cannot be saved: the results database refused the course's login.",
    "results_driver_missing": "Results cannot be saved: the program for the results database is not installed.",
    "results_unsupported": "This kind of results storage is not supported.",
    "results_unavailable": "Results cannot be saved right now.",
    "results_unknown": (
        "Results cannot be saved with the workshop code in the page's address. Ask the facilitator for the "
        "address again."
    ),
    "results_full": (
        "This result was not saved: the workshop has reached its limit on results or participants. "
        "Your game is still here."
    ),
    "results_too_big": "This was not saved: the text is too long for the results store. Your game is still here.",
    "results_in_browser": ("Results are not saved in this browser version of the course: "
                           "they stay on this page until you close it."),
    "site_stale": ("A newer version of the course is on the server than the one this browser kept. "
                   "Reload the page to get it; what you have done on this page is lost when you reload."),
    "storage_disabled": ("This browser does not let the course store anything. You can play on: "
                         "your game stays on this page until you close it."),
    "storage_full": ("This browser's storage for the course is full. You can play on: "
                     "your game stays on this page until you close it."),
    "alias_empty": "Type an alias, for example a nickname. Your real name is not needed.",
    "alias_too_long": "The alias can be at most {limit} characters.",
    "workshop_address_malformed": (
        "The workshop code in the page's address is mistyped, so your results cannot be saved. Ask the "
        "facilitator for the address again."
    ),
    "workshop_address_empty": "The page's address names no workshop, so your results cannot be saved.",
    "workshop_address_too_long": (
        "The workshop name in the page's address is longer than {limit} characters, so your results cannot "
        "be saved."
    ),
    "workshop_malformed": "A workshop code can only hold the letters a-z, digits, - and _.",
    "workshop_empty": "Type a name for the workshop.",
    "workshop_too_long": "The workshop name can be at most {limit} characters.",
    "scenario_error": "The scenario could not be read: {problem}",
}

# Strings of exercises (orderlab.exercise).
EXERCISES: dict[str, str] = {
    "quote": "“{text}”",
    "status_ok": "done",
    "status_fix": "rewrite",
    "status_todo": "not yet",
    "status_info": "",
    "status_good": "",
    "status_poor": "",
    "scores_title": "How the questions are scored",
    "try_title": "Your own question",
    "try_todo": "Not yet: write a question between the quotation marks and press Shift+Enter.",
    "rewrites_title": "Part 1: Open questions",
    "question_n": "Question {n}",
    "closed_was": "The closed question: “{text}”",
    "todo_empty": "Write your open question between the quotation marks.",
    "todo_not_text": "The answer should be text between quotation marks, such as \"What do you want to achieve?\".",
    "todo_missing": "This answer is missing from the list.",
    "todo_not_list": (
        "Not yet: answers should be a list with one question per line, inside square brackets, "
        "such as [\"What …?\", \"How …?\"]. Open the exercise again if the list has been broken."
    ),
    "item_ok": "Good: an open question with no traps.",
    "item_closed": (
        "The question is still closed. Start with What, How or Tell me, for example, "
        "and ask for a description rather than a single fact."
    ),
    "item_none": "This is not a question yet. Write it as a question or as an invitation: “Tell me about …”.",
    "item_leading": "Take out whatever assumes the answer, so the requester can answer freely.",
    "item_solution": "Save your own idea for step 3, when you want to influence the next order.",
    "item_stacked": "Ask one question at a time, or the requester will answer only one of them.",
    "item_duplicate": "The same question as number {n}. Write a new one.",
    "topic_kept": "The question is still about {topic}.",
    "topic_changed": (
        "The closed question was about {topic}. That topic does not show in your question. That is fine, "
        "but make sure it comes up at some point in the conversation."
    ),
    "rewrites_passed": (
        "Done! All {n} questions are open. Compare with the solution in solutions/en/01-open-questions.ipynb."
    ),
    "rewrites_not_yet": "Not yet: {done} of {n} questions are filled in. Write the rest and run the cell again.",
    "rewrites_fix": (
        "{ok} of {n} questions are open and free of traps. "
        "Rewrite the ones that are marked and run the cell again."
    ),
    "pitch_title": "Your purpose pitch",
    "pitch_label": "Your pitch",
    "pitch_todo": "Not yet: write your pitch between the triple quotation marks and press Shift+Enter.",
    "pitch_not_text": "Not yet: the pitch should be text between the quotation marks.",
    "pitch_score": "Score: {score} out of 100. Words: {words}.",
    "pitch_passed": (
        "Done! At {score} points the pitch is strong enough for the next order to start from the purpose."
    ),
    "pitch_fix": (
        "The pitch needs at least {need} points and a tone that does not blame. "
        "Add what is marked ✗ and run the cell again."
    ),
    # Notebook 02: the story, examples, the ten topics, two ways to prepare
    "story_setting": "The situation",
    "story_opening": "{name} says",
    "examples_open_closed": "Open and closed questions",
    "examples_traps": "Three traps",
    "examples_reflections": "Summing up and following up",
    "ex_closed_yes_no": "Closed: the answer is yes or no",
    "ex_closed_fact": "Closed: the answer is a single fact",
    "ex_closed_choice": "Closed: the answer is one of two options",
    "ex_open": "Open: the requester gets to tell you",
    "ex_open_invitation": "Open: an invitation, with no question mark",
    "ex_leading": "Leading: the answer is already in the question",
    "ex_solution": "Your own solution: you are selling your idea",
    "ex_stacked": "Two questions in one",
    "ex_reflection": "A summary: you reflect back what you heard",
    "ex_follow_up": "A follow-up: you build on the answer",
    "topics_title": "The ten topics",
    "topic_example": "For example: “{text}”",
    "topic_key": "One of the key topics in the role-play “{title}”.",
    "plans_title": "Two ways to prepare for the same meeting",
    "plan_weak": "A colleague's questions",
    "plan_strong": "Consultative questions",
    "numbered": "{n}. “{text}”",
    "plan_score": "Step 1 of the role-play would give {score} out of 100 points.",
    "plan_no_depth": (
        "Follow-up questions earn more points in the role-play, but they build on the requester's "
        "answers and are not counted here."
    ),
    # Exercise 02: a plan of questions
    "questions_title": "Your questions",
    "questions_todo": "Write a question between the quotation marks.",
    "questions_not_list": (
        "Not yet: questions should be a list with one question per line, inside square brackets, "
        "such as [\"What …?\", \"How …?\"]. Open the exercise again if the list has been broken."
    ),
    "item_closed_ok": "A closed question. That is fine now and then, but keep most of your questions open.",
    "item_reflection": (
        "A summary. It works best once you have had some answers, and it does not count against you."
    ),
    "crit_open_label": "Open questions",
    "crit_open_ok": "{pct}% of the questions are open. Good: the aim is at least {need}%.",
    "crit_open_fix": "{pct}% of the questions are open. Aim for at least {need}%: rewrite some of the closed ones.",
    "crit_purpose_label": "Purpose before form",
    "crit_purpose_ok": "You ask about the purpose before you ask about the form.",
    "crit_purpose_late": "You ask about the form before the purpose. Move the purpose question up.",
    "crit_purpose_missing": "No question is about the purpose. Start with one: what should this lead to?",
    "crit_topics_label": "Topics",
    "crit_topics_count": "You cover {n} of the ten topics. The aim is at least {need}.",
    "crit_topics_covered": "Topics in your questions: {topics}.",
    "crit_topics_more": "You could also ask about {topics}, for example.",
    "crit_restraint_label": "No solutions of your own and no leading questions",
    "crit_restraint_ok": "You let the requester talk without steering the answer.",
    "crit_restraint_solutions": "Questions that propose a solution of your own: {n}. Save the idea for step 3.",
    "crit_restraint_leading": "Leading questions: {n}. Take out whatever assumes the answer.",
    "questions_passed": (
        "Done! The questions are open, the purpose comes before the form, you cover {n} topics "
        "and the requester can answer freely."
    ),
    "questions_fix": "{ok} of {n} requirements are met. Change what is marked ✗ and run the cell again.",
    "questions_fix_items": (
        "The whole holds up, but {n} of the questions need rewriting. "
        "Change the ones marked ✗ and run the cell again."
    ),
    # Notebook 03 and exercise 03: the order, the confirmation and the delivery
    "alternative_title": "The order and the temptation",
    "alt_order": "The order",
    "alt_yours": "Your own alternative",
    "alt_why": "Why it is tempting",
    "alt_pushback": "If you push your idea during the meeting, {name} says",
    "confirmation_title": "Your confirmation of the order",
    "confirmation_todo": (
        "Not yet: write your confirmation between the triple quotation marks and press Shift+Enter."
    ),
    "confirmation_not_text": "Not yet: the confirmation should be text between the quotation marks.",
    "point_ok": "Included.",
    "point_missing": "Missing.",
    "confirmation_reply": "{name} replies",
    "confirmation_passed": "Done! All {n} points are there, and {name} recognises the order.",
    "confirmation_fix": "{ok} of {n} points are there. Add what is missing and run the cell again.",
    "deliveries_title": "How the delivery is judged",
    "delivery_n": "Delivery {letter}",
    "delivery_mixed": "As ordered, except {field}: {option}",
    "delivery_score": "Score for step 2: {score} out of 100.",
    "deliveries_verdict": (
        "Of the 100 points, {weight} come from the confirmation. Here the confirmation was complete "
        "all three times, so the difference comes only from what you delivered."
    ),
    "delivery_ordered_why": "Save your own ideas for step 3, when you want to influence the next order.",
    "delivery_mixed_why": (
        "The change may be a good idea, but it was not ordered. Suggest it while you talk: "
        "if {name} says yes, it becomes part of the order; if not, save it for step 3."
    ),
    "options_title": "What do you deliver?",
    "choice_title": "Your choice",
    "choice_todo": "Not yet: write A, B or C between the quotation marks and press Shift+Enter.",
    "choice_unknown": "Not yet: write just one letter, A, B or C.",
    "choice_passed": "Done! You deliver what was ordered.",
    "choice_fix": "Not quite. Read the explanation, choose again and run the cell again.",
    # Notebook 04 and exercise 04: the pitch, the evidence and where it leads
    "criteria_title": "How the pitch is scored",
    "crit_points": "Earns {n} points.",
    "crit_penalty": "Takes away {n} points.",
    "crit_help_acknowledge": (
        "Say that the delivery is done, as ordered. Then the requester knows you are not questioning the decision."
    ),
    "crit_help_purpose": "Remind them why: what this was meant to lead to.",
    "crit_help_end_customer": (
        "Link it to the people the core organisation is there for: pupils, patients, service users or residents."
    ),
    "crit_help_evidence": "Give evidence: a figure, a fact or something you have seen.",
    "crit_help_proposal": "Suggest something concrete for next time.",
    "crit_help_invite": "Invite a conversation, for example with a question.",
    "crit_help_blame": "Lecturing, blaming or talking down to the requester closes the door.",
    "crit_help_length": "Fewer than {min} or more than {max} words.",
    "criteria_verdict": (
        "A pitch of at least {need} points that does not blame makes {name} start from the purpose next time."
    ),
    "evidence_title": "Evidence you can use",
    "evidence_n": "Evidence {n}",
    "pitches_title": "Three pitches and where they lead",
    "pitch_ex_lecture": "Pitch 1: a lecture",
    "pitch_ex_thin": "Pitch 2: just a thank-you",
    "pitch_ex_strong": "Pitch 3: the purpose, evidence and an invitation",
    "draft_title": "A colleague's draft",
    "draft_label": "The draft",
    "reaction_line": "{name} replies: “{text}”",
    "next_order_line": "The next order: “{text}”",
    "next_title": "What happens next?",
    "next_todo": "Not yet: write your pitch first and run the cell again.",
    "band_strong": "A strong pitch, {score} points: the next order starts from the purpose.",
    "band_fair": "Halfway there, {score} points: {name} takes in part of what you said.",
    "band_weak": "A weak pitch, {score} points: the next order will be like the last one.",
    # Notebook 02, stretch: the learner sits on the requester's side of the table
    "reversal_title": "Swap seats: you are the requester",
    "reversal_todo": "Not yet: write what you are ordering and why, and run the cell again.",
    "reversal_order": "You order",
    "reversal_weak": "Your colleague asks",
    "reversal_form": "{question} ({form})",
    "reversal_unsaid": "What you never got to say",
    "reversal_unsaid_why": (
        "None of the questions was about the purpose. "
        "Your colleague delivers what you asked for without knowing why."
    ),
    "reversal_better": "Questions that would have given you the chance",
}

# Strings of progress and the printable summary (orderlab.progress).
PROGRESS: dict[str, str] = {
    "pct": "{value}%",
    "skill_open_share": "Open questions",
    "skill_topics": "Key topics",
    "skill_purpose_first": "Purpose first",
    "skill_depth": "Follow-up questions",
    "skill_as_ordered": "Delivered as ordered",
    "skill_pitch": "Pitch criteria",
    "help_open_share": "How many of your questions were open. Aim for at least {need}%.",
    "help_topics": (
        "How many of the scenario's key topics you asked about, such as the purpose, the audience and "
        "the end customer."
    ),
    "help_purpose_first": "A full bar if you asked about the purpose before the form, otherwise no bar.",
    "help_depth": (
        "How many follow-up questions in a row you asked about the requester's answers. "
        "{full} in a row give a full bar."
    ),
    "help_as_ordered": "A full bar if you delivered what was ordered, otherwise no bar.",
    "help_pitch": (
        "How many of the pitch's {n} criteria you met: the six that earn points, "
        "a tone without lecturing and a length that gets read."
    ),
    "guide_title": "How to read the chart",
    "guide_verdict": "Each bar goes from 0 to 100. The chart always shows your latest round.",
    "skills_alt": "Your skills in the latest round, from 0 to 100: {values}.",
    "skills_alt_previous": "The round before: {values}.",
    "skill_value": "{label} {value}",
    "missing": "missing",
    "weakest": "Lowest right now: {label}. Start there in your next round.",
    "all_full": "Every bar is full. Try a scenario from another part of the municipality.",
    "scenarios_title": "The scenarios",
    "scenarios_verdict": (
        "{n} requesters from different parts of the municipality. You choose one of them in the role-play "
        "further down."
    ),
    "no_rounds": "You have no saved rounds yet. Play a round in section 5 first, then run the cells here again.",
    "history_alt": "Your scores per round, in the order you played them ({rounds}). {lines}",
    "history_line": "{name}: {values}.",
    "history_title": "Score per round",
    "history_x": "Round",
    "history_y": "Score",
    "history_limited": "The chart shows the latest {n} rounds.",
    "rounds_1": "1 round",
    "rounds_n": "{n} rounds",
    "scenarios_1": "1 scenario",
    "scenarios_n": "{n} scenarios",
    "practice_title": "What to practise at work",
    "practice_based_1": "Based on your saved round.",
    "practice_based_n": "Based on your {n} saved rounds.",
    "practice_tips": "The tips that came up most often",
    "practice_topics": "The topics most often missed",
    "practice_criteria": "What was most often missing from the pitch",
    "times": "{text} ({n} of {total} rounds)",
    "topic_line": "{name}. Try, for example: “{example}”",
    "crit_no_blame": "A tone without lecturing",
    "help_length": "Keep the pitch between {min} and {max} words, so that it gets read.",
    "none_tips": "No tips this time: your questions held up all the way.",
    "none_topics": "You asked about every key topic. Well done!",
    "none_criteria": "Your pitches met every criterion. Well done!",
    "summary_title": "Deliver, then influence: my summary",
    "summary_alias": "Alias: {name}",
    "summary_date": "Date: {date}",
    "summary_played": "I have played {rounds} in {scenarios}.",
    "summary_rounds": "My rounds",
    "col_n": "No.",
    "col_scenario": "Scenario",
    "col_round": "Round",
    "summary_skills_1": "My skills in my round",
    "summary_skills_n": "My skills, from my first round to my latest",
    "summary_practice": "What I will practise at work",
    "summary_pitch": "My best purpose pitch",
    "summary_pitch_meta": "{score} points, {scenario}, round {round}",
    "summary_method": "The method in brief",
    "method_1": "Ask: start with the purpose, and ask open questions about what you do not know yet.",
    "method_2": "Deliver what was ordered, even when you would have chosen something else.",
    "method_3": (
        "Influence the next order: acknowledge the delivery, remind of the purpose, link it to the end "
        "customer, give evidence, suggest something and invite a conversation."
    ),
    "summary_empty": "No saved rounds yet. Play a round in section 5 first.",
}

# Strings of the self-paced role-play and the rounds view (orderlab.ui.progress_view).
PROGRESS_VIEW: dict[str, str] = {
    "play_title": "The full role-play",
    "play_intro": (
        "Type an alias and choose a scenario. A nickname is enough; your real name is not needed. "
        "Your finished rounds are saved under the alias, so that you can look at them again in section 6."
    ),
    "change_scenario": "Choose another scenario",
    "round_saved": "The round is saved. You will see it again in section 6.",
    "play_on": "You can still play, but your rounds will not be saved.",
    "skills_title": "Your skills in the latest round",
    "legend_latest": "Latest round",
    "legend_previous": "The round before",
    "rounds_title": "Your saved rounds",
    "show": "Show my rounds",
    "rounds_found": "You have {rounds} in {scenarios} saved under the alias {alias}.",
    "alias_unknown": (
        "There are no saved rounds under the alias {alias}. Check the spelling, "
        "or play a round in section 5 first."
    ),
    "alias_ask": "Type the alias you used in section 5 and click “Show my rounds”.",
    "read_unavailable": "Your saved rounds cannot be shown right now.",
    "download_html": "Download the summary as a web page (HTML). Open the file in your browser and print it.",
    "download_md": "Download it as a text file (Markdown).",
    "file_stem": "summary-deliver-then-influence",
}

# Strings of the answer forms that replace code editing in the notebooks and exercises
# (orderlab.ui.answer_form) and of the checks on what a learner types (orderlab.learner_text).
ANSWER_FORMS: dict[str, str] = {
    "check": "Check",
    "try": "Score my question",
    "show": "Show",
    "question": "Your question",
    "question_n": "Question {n}",
    "rewrite_n": "Question {n} as an open question",
    "order": "What I ordered",
    "purpose": "Why I needed it",
    "confirmation": "Your confirmation to Annika",
    "pitch": "Your pitch to Annika",
    "delivery": "What I deliver",
    "placeholder_line": "Type here",
    "placeholder_text": "Type here. You can write several lines.",
    "too_long": (
        "That is too long ({n} characters). A few sentences are enough here: {limit} characters at most. "
        "Shorten it and click again."
    ),
    "no_words": "Please use words. The box holds only symbols or emoji, so there is nothing to score.",
    "in_box": "{label}: {problem}",
    "markup": (
        "Your text contains something that looks like web code, such as <script>. It is shown here as "
        "plain text and never run."
    ),
    "model_answers": "The model answer is already filled in. Feel free to change it and click again.",
}

# The exercise checks' wording now that answers are typed into boxes (orderlab.ui.answer_form):
# these replace the EXERCISES strings of the same name, which spoke of code cells and quotation marks.
EXERCISE_FORMS: dict[str, str] = {
    "try_todo": "Not yet: type a question in the box and click “Score my question”.",
    "todo_empty": "Type your open question in the box.",
    "todo_not_text": "Type the answer as plain text in the box, for example: What do you want to achieve?",
    "rewrites_not_yet": "Not yet: {done} of {n} questions are filled in. Write the rest and click again.",
    "rewrites_fix": (
        "{ok} of {n} questions are open and free of traps. Rewrite the ones that are marked and click again."
    ),
    "pitch_todo": "Not yet: type your pitch in the box and click “Check”.",
    "pitch_not_text": "Not yet: type the pitch as plain text in the box.",
    "pitch_fix": (
        "The pitch needs at least {need} points and a tone that does not blame. Add what is marked ✗ "
        "and click again."
    ),
    "questions_todo": "Type a question in the box.",
    "questions_fix": "{ok} of {n} requirements are met. Change what is marked ✗ and click again.",
    "questions_fix_items": (
        "The whole holds up, but {n} of the questions need rewriting. Change the ones marked ✗ and click again."
    ),
    "confirmation_todo": "Not yet: type your confirmation in the box and click “Check”.",
    "confirmation_not_text": "Not yet: type the confirmation as plain text in the box.",
    "confirmation_fix": "{ok} of {n} points are there. Add what is missing and click again.",
    "choice_todo": "Not yet: choose A, B or C and click “Check”.",
    "choice_fix": "Not quite. Read the explanation, choose again and click again.",
    "next_todo": "Not yet: write your pitch first and click again.",
    "reversal_todo": "Not yet: type what you ordered and why you needed it, and click again.",
}

# Strings of the model round in notebook 05 (orderlab.model_round).
MODEL_ROUND: dict[str, str] = {
    "title": "A strong round, step by step",
    "verdict": "Read what you say, what {name} replies and why it works.",
    "opening": "The order",
    "question_n": "Question {n}",
    "confirmation": "You confirm the order",
    "delivery": "You deliver",
    "pitch": "Your purpose pitch",
    "reply": "{name}: {text}",
    "points": "Points for the question: {points}",
    "score": "Points for the step: {points} of 100",
    "why": "Why it works: {text}",
    "next_order": "The next order",
}

# Strings of section 6's reflection questions, their boxes and their part of the summary
# (orderlab.ui.progress_view and orderlab.progress).
REFLECTION: dict[str, str] = {
    "title": "Your answers for the next order",
    "q1": "Which question about the purpose will you ask first?",
    "q2": "Which topic do you tend to forget, and how will you ask about it?",
    "q3": "Who needs to hear your purpose pitch after the delivery, and what evidence do you have?",
    "save": "Save my answers",
    "saved": "Your answers are saved and appear in the summary below.",
    "alias_first": (
        "Show your rounds first, with your alias at the top of this section. Your answers are saved under it."
    ),
    "unavailable": "Your answers cannot be saved right now. You may want to copy them somewhere.",
    "summary_title": "My answers for the next order",
}
