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
        "what|how about a|an|using|making|doing|having",
    ],
    # Questions and requests that invite the requester to elaborate.
    "open_start": [
        "why", "how", "what", "in what way", "in which way*", "to what extent",
        "tell me", "tell us", "describe", "explain", "walk me through", "talk me through",
        "help me understand", "say more", "elaborate",
        "can you tell me", "could you tell me", "can you describe", "could you describe",
        "can you explain", "could you explain", "can you walk me", "could you walk me",
        "can you talk me", "could you talk me", "would you tell me", "would you describe",
        "can you say more", "could you say more", "i'd like to hear", "i would like to hear",
    ],
    # Auxiliaries that open a yes/no question.
    "verb_first": [
        "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could",
        "will", "would", "should", "shall", "may", "might", "must", "am", "isn't", "aren't",
        "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
        "haven't", "hasn't",
    ],
    "subject": [
        "you", "we", "it", "they", "he", "she", "i", "there", "this", "that", "anyone",
        "someone", "your", "the",
    ],
    # Assumes the answer anywhere in the question.
    "leading": [
        "don't you think", "do you not think", "wouldn't you agree", "you agree that",
        "surely", "wouldn't it be", "isn't it better", "obviously", "of course you",
        "you'd agree", "you would agree",
    ],
    # Tags at the end: "..., right?", "..., isn't it?".
    "leading_tag": [
        "right", "isn't it", "aren't they", "aren't you", "don't you", "doesn't it",
        "wouldn't it", "won't it", "isn't that so", "correct", "yeah", "no",
    ],
    # Own solutions: "Have you considered a film?" but not "Have you considered who ...?".
    "solution": [
        "why not", "what|how about a|an|using|making|doing|having|we",
        "have|did you considered|consider|thought|think about|of a|an|using|making|doing",
        "have you considered a|an|using|making|doing", "did you consider a|an|using|making",
        "instead", "wouldn't it be better", "would it not be better", "isn't it better",
        "i suggest", "i'd suggest", "i would suggest", "what if we|you", "we could just",
        "shouldn't we", "shouldn't you", "rather than", "couldn't we", "why don't we|you",
        "would you consider a|an|using|making",
    ],
    # "When" and "how soon" at the start of a question are about timing; mid-sentence "when" is not.
    "deadline_start": ["when", "how soon", "by when", "what date", "what day", "until when"],
    # Padding before the question itself: "And what ...", "I wonder if ...".
    "filler": [
        "and", "but", "so", "ok", "okay", "well", "then", "right", "also", "now", "hmm",
        "great", "thanks", "i see", "i wonder", "i'd like to know", "i would like to know",
        "one question", "may i ask", "can i ask", "just", "oh",
    ],
    "embedded_yes_no": ["if", "whether"],
    # A "what" question that ends in one of these words asks for one fact: "What does it cost?".
    "what_word": ["what", "what's"],
    "fact_end": [
        "name", "names", "called", "cost", "costs", "price", "date", "budget", "deadline", "number",
        "address", "time", "size", "phone",
    ],
    # Reflections and summaries count in the learner's favour (MITI).
    "reflection": [
        "so what matters", "if i understand", "if i've understood", "so you mean",
        "it sounds like", "so what you're saying", "so what you are saying", "to sum up",
        "let me check", "so the main thing", "so it's about", "so it is about",
    ],
    "acknowledgement": [
        "ok", "okay", "right", "i see", "great", "thanks", "thank you", "fine", "yes", "no",
        "sure", "good", "got it", "mm", "aha", "alright", "cool",
    ],
    # The purpose pitch.
    "pitch_acknowledge": [
        "delivered", "deliver*", "as you asked", "as you ordered", "as ordered",
        "you asked for", "you ordered", "here is", "here's", "ready", "thank*", "your order",
        "is done", "are done", "printed", "finished",
    ],
    "pitch_purpose": [
        "purpose*", "so that", "in order to", "the goal", "goal*", "aim*", "why", "achieve*",
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
        "how come",
    ],
    "audience": [
        "audience*", "reader*", "recipient*", "who is it for", "who's it for", "who will read",
        "who reads", "target*", "for whom", "who are they", "who will get", "who receives",
        "who will receive", "who is it aimed", "who should", "who do you want to reach",
        "want to reach",
    ],
    "end_customer": [
        "end customer*", "end user*", "pupil*", "student*", "patient*", "resident*",
        "citizen*", "child*", "core", "service user*", "benefit*", "in the end", "ultimately",
    ],
    "success": [
        "success*", "succeed*", "measure*", "result*", "look like", "how will you know",
        "how would you know", "how do you know", "satisf*", "kpi*", "evaluat*", "good outcome",
        "work well", "worked well", "count as",
    ],
    "deadline": [
        "deadline*", "date*", "ready", "timeline*", "timescale*", "how soon",
        "urgent*", "week", "weeks", "by when", "timing", "schedule*", "how long",
    ],
    "budget": [
        "budget*", "cost*", "money", "price*", "afford*", "pay*", "fund*", "resource*",
        "spend*", "kronor", "sek",
    ],
    "constraints": [
        "constraint*", "requirement*", "rule*", "guideline*", "brand*", "accessib*", "gdpr",
        "procurement*", "framework agreement*", "polic*", "not allowed", "law*", "legal*",
        "limit*", "restriction*",
    ],
    "stakeholders": [
        "who else", "involv*", "decid*", "decision*", "approv*", "sign-off", "sign off",
        "stakeholder*", "colleague*", "manager*", "consult*", "anyone else", "affected",
        "staff", "teacher*",
    ],
    "history": [
        "before", "previous*", "last time", "last year", "tried", "tested", "in the past",
        "experience*", "worked", "usually", "history", "done so far", "background",
    ],
    "format": [
        "format*", "brochure*", "leaflet*", "film*", "video*", "poster*", "print*", "digital*",
        "web*", "channel*", "pages", "size*", "layout*", "design*", "photo*", "image*",
        "paper*", "pdf", "look like", "sms", "text message*", "language*",
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

OPEN_REWRITES: dict[str, str] = {
    "": "What would you like this to achieve?",
    "purpose": "What do you want to happen because of this?",
    "audience": "Tell me about the people this is for: who are they?",
    "end_customer": "In the end, how does this affect the pupils, patients or residents?",
    "success": "How will you notice that this has worked?",
    "deadline": "What is driving the timing of this?",
    "budget": "What does the picture look like for money and resources?",
    "constraints": "Which rules or limits do we need to keep in mind?",
    "stakeholders": "Who else is affected by this, and how?",
    "history": "What have you done before, and how did it go?",
    "format": "How are you thinking about the form: what does it need to do?",
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
    "empty_question": "Type a question first. It does not cost you a turn.",
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
    "reason_open": "Open question: the requester can tell you freely. +{points}",
    "reason_closed": "Closed question: it gets a short answer or a yes/no. +{points}",
    "reason_none": "This is not a question, so the requester has nothing to answer.",
    "reason_reflection": "Good summary: you show that you listened. +{points}",
    "reason_topic": "You raise {topics}. +{points}",
    "reason_leading": "Leading: the question assumes its answer. {points}",
    "reason_solution": "You propose your own solution before you understand the order. {points}",
    "reason_stacked": "Several questions at once: the requester will answer only one. {points}",
    "suggest_open": "Try instead: \u201c{example}\u201d",
    "conv_open_share": "{pct} % of your questions were open ({verdict}).",
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
    "tip_open": "Ask more open questions: start with what, how or tell me.",
    "tip_missed": "Ask about {topic} next time.",
    "tip_purpose": "Start with the purpose: \u201cWhat do you want to achieve?\u201d",
    "tip_solutions": "Keep your own ideas until you understand the order.",
    "tip_leading": "Avoid leading questions such as \u201c..., right?\u201d: let the requester think.",
    "reply_not_question": "Mm. What else would you like to know?",
    "reply_reflection": "Yes, exactly. Good that you sum it up.",
    "reply_repeat": "As I said: {answer}",
    "reply_prefixes": "|Good question. |Hmm, let me think. |Well... ",
    "confirm_title": "Confirm the order",
    "confirm_help": (
        "Sum up in your own words what will be delivered: what, for whom, when and why. "
        "The requester corrects what is missing."
    ),
    "summary_label": "Your summary of the order",
    "confirm": "Confirm",
    "empty_summary": "Write a summary first, or skip the confirmation.",
    "confirm_ok": "Yes, exactly. Go ahead!",
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
    "pitch_missed": "\u2717 {criterion}",
    "pitch_blame_found": "\u2717 Tone: avoid blame; it closes the door to the next order.",
    "pitch_too_short": "Too short: {n} words. Aim for 40 to 150 words.",
    "pitch_too_long": "Too long: {n} words. Nobody has time to read more than about 150.",
    "reaction": "The requester replies",
    "next_order": "The next order",
    "report_title": "Your report",
    "report_total": "Total: {score} out of 100",
    "report_step": "{name}: {score} out of 100 (weight {weight} %)",
    "play_again": "Play again",
    "input_cut": "(The text was long and has been shortened for display.)",
    "scenario_error": "The scenario could not be read: {problem}",
}
