"""Closed lists of English grammar the frame builder uses: construction words, not
lexicon (the lexicon is in data/*.tsv). Each list says in its comment which construction
it serves."""

from __future__ import annotations

import re

VERBAL = frozenset({"VERB"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# object-control verbs: the object of 'urged China to act' is the subject of 'act'
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "call", "press", "order", "force", "help", "allow", "persuade", "push"}
    | {"prompt", "lead", "cause", "spur", "compel", "enable", "invite", "encourage"}
    | {"commit", "oblige", "obligate", "bind", "require"}  # the pact commits both to aid
)
# verbs whose on-phrase controls an infinitive (called on Pyongyang to withdraw)
ON_CONTROL = frozenset({"call", "count", "rely", "prevail", "depend"})
# headline segments, the preposition that ends a headline's object, a trailing source
HEADLINE_CUT = re.compile(
    r"\s*(?:[:;|]|--|—|,(?= [A-Z]?\w+ (?:says?|said|reports?)\b)| as | after | amid | while )\s*"
)
# a headline's verb the parser hung on its object as a modifier (N. Korea fires missile:
# 'fires' an nmod of 'missile'): read by position like a verb taken for a noun
MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "dep"})
HEADLINE_PREP = re.compile(
    r"\b(to|into|toward|towards|against|on|with|from|at|in|over|around|near|amid|despite|during)\b"
)
# a place phrase after a headline's role phrase (fires on U.S. base in Qatar): no party
HEADLINE_PLACE = re.compile(r"\s(?:in|near|inside|off)\s")
HEADLINE_SPEAKER = re.compile(
    r"(?:,\s*(?P<who1>[A-Z][\w.' -]{1,40}?)\s+(?P<verb>says|said|reports|reported)\s*$)"
    r"|(?::\s*(?P<who2>[A-Z][\w.' -]{1,30})\s*$)"
)
# prepositions that a verb's object often carries for the verb (sent troops to Russia); not
# against / in / on, which mostly belong to the noun (the war against Ukraine)
STRANDED = frozenset({"to", "into", "toward", "towards", "with", "from", "at"})
# a threat or a statement of support is made by saying 'will': the statement is the event
STATEMENT_EVENTS = frozenset({"THREATEN"})
# a punitive act told as what its doer will do (would impose sanctions if ..., will take
# measures against, would strike back): the telling is a threat to the act's target
THREAT_EVENTS = frozenset({"SANCTION", "ASSAULT"})
# verbs that deny one's own deed told as a noun (Beijing denied any arms deliveries): the
# subject is its doer; rejecting or dismissing a noun (rejected the sanctions) is not
DENY_VERBS = frozenset({"deny"})
# verbs of offering: aid offered (offered assistance to the Chinese crew) is also a proposal
# to the receiver, an AGREE (spec section 2: a promise to aid in the future)
OFFER_VERBS = frozenset({"offer"})
# acts that are a response by their nature: a modal alone makes them a threat (Iran would take
# measures against Britain); other punitive acts need a condition (if Manila allows ...)
RESPONSE_KEYS = frozenset(
    {"measure", "countermeasure", "respond", "retaliate", "retaliation", "punish", "punishment"}
)
STATEMENT_KEYS = frozenset(
    {"support", "back", "stand by", "stand with", "stand behind", "warn", "threaten"}
)
# statements made to someone: their with-phrase is the addressee (lodged a protest with
# Seoul, raised concerns with Beijing), not a co-actor
ADDRESSED_ACTS = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# nouns naming a place of a state, not the state (the Belarus border, Japanese waters): a
# destination there is no recipient (spec: sent to a place is MOBILIZE)
# (a region of a state is in it: troops sent to Russia's Kursk region aid Russia)
PLACE_NOUNS = frozenset(
    {"border", "frontier", "coast", "coastline", "waters", "airspace", "zone", "strait"}
    | {"sea", "line", "lines", "front", "frontline"}
)
# verbs by which a facility houses another state's forces (bases housing U.S. troops)
HOST_VERBS = frozenset({"house", "host", "station"})
# hosting another state's forces (Poland hosts U.S. troops): the host receives, the forces'
# owner gives
HOSTING_KEYS = frozenset({"host", "house"})
# treaty acts whose object is a party, not a document (joined NATO, acceded to the bloc)
JOINED_KEYS = frozenset({"join", "accede to"})
# an object pronoun that stands for a thing just named (condemned it, welcomed this)
EVENT_PRONOUNS = frozenset({"it", "this", "that"})
# types whose content clause names the other side (warned that Seoul would pay)
VERBAL_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
# giving verbs whose with-phrase is the thing given (supply Moscow with shells)
THEME_WITH = frozenset(
    {"supply", "provide", "arm", "equip", "compensate", "repay", "reward", "furnish", "pay"}
    | {"help", "assist", "aid", "resupply"}  # helped Pyongyang with its satellite programme
)
# nouns naming a war or a fight: joining one is fighting its enemy (spec section 6)
WAR_NOUNS = frozenset(
    {"war", "fighting", "fight", "combat", "offensive", "conflict", "battle", "hostilities"}
    | {"campaign", "operation", "operations", "strikes"}
)
# types whose object is a thing, never the partner (share data, agree on a plan)
OBJECT_IS_THING = frozenset({"COOPERATE", "AGREE"})
# a clause's own 'be' (Putin is in Pyongyang), read for its place phrase: not an auxiliary
PRESENCE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl"})
# adverbs that are a phrasal verb's particle when spaCy labels them advmod (driven away)
PARTICLES = frozenset({"away", "off", "back", "out", "down"})
# A warning is a threat when its content says what will happen (a modal) or names a
# consequence; one that only tells what the other side is doing (warned that China was
# preparing to use force) is an accusation (blind3_en_adjudication.md, Hegseth); one told to
# an addressee (warned Warsaw that drones had strayed) stays a warning to it.
WARNING_THREAT = re.compile(
    r"\b(?:will|would|could|should|shall|may|might|must|wo|'ll|pay|price|face|consequences?"
    r"|respon(?:d|se)|retaliat\w*|countermeasures?|punish\w*|invoke|war|conflict|measures"
    r"|action|steps|unbearable)\b",
    re.I,
)
# a possessive pronoun owning a doer (its forces, their troops): the owner is the party
POSSESSIVES = frozenset({"its", "their", "our"})
# verbs of observing another state's forces (Taiwan detected 30 Chinese aircraft): the
# observed forces' owner is the actor, the observer the source of the report
OBSERVED_KEYS = frozenset({"detect", "spot", "track", "sight", "report", "record"})
# reciprocal verbs: a coordinated subject acts on itself, the first on the second (Russia and
# Ukraine exchanged prisoners; spec section 6 for two-sided fighting)
RECIPROCAL_KEYS = frozenset({"exchange", "swap", "clash"})
# where a headline's coordinated subject splits into its two sides (Russia, Ukraine swap)
RECIPROCAL_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
# meeting verbs whose object is the topic, not a party (discussed North Korea's programme)
TOPIC_OBJECT_KEYS = frozenset({"discuss", "review", "address", "exchange views"})
# nominal events coded only when their doer is written with them (Japan's sanctions, sanctions
# by the EU, U.S. sanctions): a bare 'sanctions' is mostly a regime told of in passing
DOER_WRITTEN = frozenset({"SANCTION", "ACCUSE", "REQUEST", "REJECT", "THREATEN"})
# wars told only with their owner written (Russia's war in Ukraine, its campaign against
# Israel): "the war in Ukraine" names a war, no attacker
OWNED_WARS = frozenset({"war", "campaign"})
# quantity nouns a trigger noun is read through (a package of sanctions, an aid package)
TRANSPARENT = frozenset(
    {"package", "round", "set", "wave", "series", "batch", "raft", "slew", "string", "number"}
    | {"war"}  # a war of aggression against Ukraine: the war's owner is the aggressor
    | {"day", "phase", "stage", "tranche", "dollar", "million", "billion", "worth"}
    | {"euro", "pound", "yen", "won", "yuan", "ruble", "rouble", "franc", "rupee", "krone"}
)
# nominal events in an adjunct (after talks with Kim) take the clause subject: only types
# with two parties, where the subject is one of them
SYMMETRIC_EVENTS = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})
ADJUNCT_PREPS = frozenset(
    {"after", "following", "during", "before", "at", "since", "upon", "ahead"}
)
# a purpose adjunct of a meeting (was in Moscow for talks, flew to Manila for a summit): the
# clause's subject meets, its in-phrase names the host
PURPOSE_PREPS = frozenset({"for"})
# trips one is 'on' (Kim, on a visit to Russia, inspected ...): the clause's subject travels
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "mission", "stopover"})
# giving nouns under a verb that stops or limits them (curbed exports, banned sales, halted
# deliveries): the giving is what is cut, not an event told
CUTTING_EVENTS = frozenset({"SANCTION"})
# verbs that stop what they govern, whatever their own readings (stop arms sales, blocked EU
# aid, ended deliveries): the giving is not told as happening
STOP_VERBS = frozenset({"stop", "end", "cease", "block", "prevent", "halt", "obstruct", "veto"})
# verbs that talk about an event noun they govern (condemned the deployment, rejected the
# claim): their subject is the claimant, no side of that event
GOVERNING_EVENTS = frozenset({"ACCUSE", "REJECT"})
# verbs whose object does what their of/for-gerund says (accused Pyongyang of supplying)
PCOMP_CONTROL = frozenset(
    {"accuse", "blame", "thank", "praise", "criticize", "criticise", "condemn", "punish"}
    | {"sanction", "charge", "suspect", "commend", "reward", "fault", "denounce", "slam"}
)
# units of a measured interval ('two days after', 'a week after')
MEASURES = frozenset({"day", "week", "month", "year"})
# (nmod: North Korea's Oct. 31 launch)
DATE_DEPS = frozenset({"npadvmod", "prep", "advmod", "tmod", "nummod", "compound", "amod", "nmod"})
# a time expression in a prepositional phrase is when, not who (on Monday, in June)
TIME_WORDS = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|day|week|month|year|morning|afternoon|evening|night|"
    r"weekend|time|\d+)\.?$",
    re.I,
)
# A wire dateline (SEOUL, Oct. 18 (Yonhap) --): the place and agency of the report, which the
# parser hangs on the first noun phrase; no argument may reach into it.
# A wire service's tag before a headline or lead ((LEAD), (2nd LD), (URGENT), UPDATE 2-):
# a label of the copy's version, read with the dateline as no part of the sentence.
WIRE_TAG = (
    r"(?:\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|News Focus|News Analysis|Interview|Feature|"
    r"Update\s*\d*|Corrected|Correction|Recasts?|Adds[^)]{0,40}|Refiles?)\)\s*"
    r"|UPDATE\s*\d+\s*-\s*|WRAPUP\s*\d*\s*-\s*)"
)
DATELINE = re.compile(
    rf"^{WIRE_TAG}*(?:[A-Z][A-Z/ .'-]*[A-Z](?:,\s*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?(?=,|\s*\())?"
    r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*"
    r"(?:\([A-Za-z .]+\)\s*(?:--|—|–|-)|--|—|–)\s*"
    r"|[A-Z][a-z]+,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*\([A-Za-z .]+\)\s*(?:--|—|–|-)\s*"  # KCNA
    r"|[A-Z][A-Z .'-]*[A-Z],\s*[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*/[A-Za-z -]+/\.?\s*"  # TASS
    r"|[A-Z][A-Z .'-]*[A-Z](?:\s*\([A-Z][A-Za-z .'-]*\))?:\s+)"  # ANCHOR (LISA GRANT):
    rf"|^{WIRE_TAG}+"
)
# events that are not statements, whatever the verb (called Zelensky, pledged troops)
UNSAID_EVENTS = frozenset({"CONSULT", "COOPERATE", "MOBILIZE", "ASSAULT", "RETREAT"})
# first-person agents: the speaker's state (resolved by the coder when no speaker is named)
FIRST_PERSON_WORDS = frozenset({"we", "our", "ourselves"})
# a pronoun claimant names nobody in its sentence: no claimant (spec section 6)
# third-person subject pronouns: a speaker 'It said' stands for the doers told before
THIRD_PERSON = frozenset({"it", "they", "he", "she"})
SPEAKER_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "him", "them"}
)
# prepositions whose object is what a statement is about (protested over the launch)
ABOUT_PREPS = frozenset({"over", "about", "against", "at", "of"})
# prepositions that place a doer (the embassy in Seoul, troops in Kursk): not part of who
PLACE_PREPS = frozenset({"in", "at", "inside", "near", "around", "off"})
# 'sanctioned Iranian firms over drone supplies to Russia': prepositions of a reason or topic,
# whose event noun keeps the to-phrase right after it (parse._reason_noun_to)
REASON_PREPS = frozenset({"over", "for", "about"})
# 'called the group a tool of Washington': nouns whose of-phrase is the one accused
WHOSE_TOOL = frozenset(
    {"tool", "puppet", "proxy", "instrument", "pawn", "servant", "lackey", "accomplice"}
    | {"stooge", "mouthpiece", "henchman", "vassal", "agent"}
)
# prepositions of fighting on the same side (fighting alongside Russian forces)
ALLY_MARKERS = frozenset({"alongside"})
# verbs that carry a measure in their with-phrase onto their object (hit Russia with sanctions,
# targeted firms with tariffs, slapped Beijing with duties, retaliated against Israel with
# strikes): the measure is the event
WITH_LIGHT = frozenset(
    {"hit", "target", "slap", "punish", "strike", "pummel", "saddle", "retaliate", "respond"}
)
