"""Page furniture: the lines a news page wraps around an article that are not its text.

Rules as named data. `LINE_RULES` are whole lines to drop (share buttons, "Follow
us on Telegram", subscription and cookie prompts, photo credits, bylines, tags,
counters, copyright lines); `BLOCK_HEADINGS` open a block of other articles'
headlines ("Read also", "Related", "You may also like") that is dropped down to
the next blank line or the first line that is not a headline; a `NEXT_HEADLINE`
line ("Previous Article") is dropped with the headline after it. Every rule
matches the whole line, and is written so that a sentence of article text that
merely starts with the same word ("Share of exports rose", "Following the talks",
"Photos of the plant") is kept. Each rule names the longest line it applies to: a
longer line is article text (and is not matched against it, which keeps the
common case, a long paragraph, cheap).

Every pattern matches in time linear in the line: no nested or overlapping
quantifiers, so no catastrophic backtracking.
"""
from __future__ import annotations

import re
from bisect import bisect_left

_SOCIAL = (r"(?:Facebook|Twitter|X|Telegram|WhatsApp|Whatsapp|VK|VKontakte|LinkedIn|Instagram|YouTube|"
           r"Reddit|Odnoklassniki|OK|Viber|Pinterest|Threads|TikTok|Email|E-mail|Print|Copy link|Messenger)")
_NAME_WORD = r"[A-Z][\w'’.-]*+"
# An author after "By": capitalised words, or a desk ("By Culture desk", "By our correspondent").
_AUTHOR = (rf"(?:{_NAME_WORD}|our|staff|the)"
           rf"(?: (?:{_NAME_WORD}|de|van|von|al|bin|and|desk|correspondent|correspondents|reporter|reporters|"
           rf"staff|writer|writers|bureau|team|editor|editors|news)){{0,5}}"
           rf"(?:,\s*{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})?")

# name, longest line it applies to, the words its lines open with (lower case; a digit or
# sign stands for itself; None: any), full-line pattern. (?i:...) where case does not
# matter; author lines keep case so that "By then exports had fallen" stays. (The opening
# words let a line be matched against only the rules it could be: most article lines open
# with none of them. tests/test_debris.py checks them against each pattern.)
_DIGITS = tuple("0123456789")
_PHOTO = ("photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "video", "videos")
LINE_RULES: tuple[tuple[str, int, tuple[str, ...] | None, str], ...] = (
    ("share_icons", 150, ("icon",), r"(?:icon-[\w-]++\s*+)++"),
    ("share", 120, ("share", "tweet", "e", "email", "print", "copy", "copied", "link"),
     r"(?i:share(?: this| the)?(?: article| story| post| page| news)?(?:\s*(?:on|via|to)\s+\w+)?(?:\s*:.*)?"
     r"|tweet|e-?mail|print(?: this)?(?: article| page)?|copy link|copied|link copied)"),
    ("social_names", 150, ("facebook", "twitter", "x", "telegram", "whatsapp", "vk", "vkontakte", "linkedin",
                           "instagram", "youtube", "reddit", "odnoklassniki", "ok", "viber", "pinterest", "threads",
                           "tiktok", "email", "e", "print", "copy", "messenger"),
     rf"(?:{_SOCIAL}[\s,|·•/]*+){{1,12}}"),
    ("follow", 200, ("follow", "join", "subscribe", "find", "our"),
     rf"(?i:(?:follow|join|subscribe to|find) (?:us|our \w+|[\w.]+(?: [\w.]+)?) on {_SOCIAL}\b.*"
     r"|follow us\b.*"
     r"|(?:subscribe to|join) (?:our|the) [\w ]{0,30}(?:telegram|whatsapp|youtube) channel\b.*"
     r"|our (?:telegram|whatsapp|youtube) channel\b.*)"),
    ("subscribe", 200, ("subscribe", "sign", "signin", "newsletter", "get", "enter", "already", "log", "login",
                        "register"),
     r"(?i:subscribe\b.*|sign up (?:for|to) (?:our|the)\b.*|newsletter"
     r"|get (?:our|the) (?:\w+ )?newsletter\b.*|enter your e-?mail\b.*"
     r"|already (?:a subscriber|have an account)\b.*|(?:log|sign) ?in(?: to comment)?|register)"),
    ("prompt", 120, ("no", "get", "listen", "audio", "font", "download", "click", "back", "loading", "advertisement",
                     "sponsored", "ad"),
     r"(?i:no time to read\??|get a summary|listen to (?:this|the) (?:article|story|news)\b.*"
     r"|audio version|font size.*|download (?:our|the) app\b.*|click here\b.*"
     r"|back to top|loading\.{0,3}|advertisement|sponsored(?: content)?|ad)"),
    ("photo_credit", 120, ("(", "main", "cover", "illustrative", "file", "illustration", "credit", *_PHOTO),
     r"(?i:\(?(?:(?:main |cover |illustrative |file )?(?:photo|photograph|image|picture|video)s?(?: credit)?"
     # the credit is one phrase: a caption that goes on to a sentence, or gives figures, is text
     # ("Photo: Grain wagons at the border. Kazakhstan exported 3.4 million tonnes ...")
     r"|illustration|credit)\s*(?::|by\b|©)\s*(?:[^\d.]|\.(?!\s)|(?:19|20)\d\d\b)+\.?)"),
    ("cookies", 300, ("we", "this", "our", "by", "accept", "allow", "reject", "manage", "cookie", "cookies",
                      "got", "i", "ok"),
     r"(?i:(?:we|this (?:web)?site|our (?:web)?site|we and our partners) (?:use|uses|is using) cookies\b.*"
     r"|by (?:continuing|using)\b.*\bcookies?\b.*|(?:accept|allow|reject|manage)(?: all)? cookies\b.*"
     r"|cookies? (?:policy|settings|preferences|consent|notice)\b.*"
     r"|accept(?: all)?|reject all|got it|i agree|ok)"),
    ("comments", 60, ("comment", "comments", "no", "leave", "add", "post", "show", "load", *_DIGITS),
     r"(?i:comments?(?:\s*\(\d+\))?|\d+ comments?|no comments|(?:leave|add|post|show|load more) "
     r"(?:a |the )?comments?\b.*)"),
    ("copyright", 250, ("copyright", "©", "all", "reproduction", "any", "when", "full"),
     r"(?i:(?:copyright\s*)?©.*|copyright\s+(?:\(c\)\s*)?(?:19|20)\d\d\b.*|all rights reserved\.?"
     r"|(?:reproduction|any use|when (?:using|reprinting|citing)|full or partial)\b.*"
     r"\b(?:hyperlink|link|prohibited|permission|reference)\b.*)"),
    # "Steppe News Agency. All rights reserved.": any opening word, so only short lines
    ("rights_reserved", 80, None, r"(?i:[^.]{1,60}+\.\s*all rights reserved\.?)"),
    ("counter", 80, _DIGITS, r"\d[\d,.]*+\s+views?\b.*"),
    ("error_report", 120, ("found",), r"(?i:found an (?:error|typo|mistake)\b.*)"),
    ("tags", 300, ("tag", "tags", "topic", "topics", "keyword", "keywords"), r"(?i:(?:tags?|topics?|keywords?)\s*:.*)"),
    ("author", 160, ("author", "authors", "reporter", "editor", "text", "by", "written", "edited", "translated",
                     "compiled", "("),
     rf"(?i:author|authors|reporter|editor|text)\s*:.*"
     rf"|(?:By|BY|Written by|Edited by|Translated by|Compiled by) {_AUTHOR}"
     r"|(?i:by) (?:[\w'’.-]++ ){0,3}(?:desk|correspondent|bureau|team|staff|reporter|writer)s?"
     r"|\((?i:editing|reporting|writing|additional reporting) by [^)]+\)"),
    ("press_release", 40, ("press", "news", "media", "for"), r"(?i:(?:press|news|media) release|for immediate release)"),
    ("recipe", 80, ("print", "save", "jump"), r"(?i:print recipe.*|save recipe|jump to recipe)"),
    ("breadcrumbs", 200, ("home", "main", "news"),
     r"(?i:(?:home|main|news)\s*[>»›/]\s*[\w' -]{1,40}(?:\s*[>»›/]\s*[\w' -]{1,40}){0,5})"),
    ("related_inline", 250, ("read", "see", "also", "related", "more"),
     r"(?i:(?:read also|read more|see also|also read|related(?: articles| news| stories)?"
     r"|more on this topic|related recipes)\s*[:|—–-]\s*.+)"),
)

BLOCK_HEADINGS: tuple[tuple[str, int, tuple[str, ...] | None, str], ...] = (
    ("read_also", 60, ("read", "also", "see", "more"),
     r"(?i:(?:read also|read more|also read|see also|more on this topic|more on the topic)\s*:?)"),
    ("related", 60, ("related",), r"(?i:related(?: articles| news| stories| posts| content| topics| materials)?\s*:?)"),
    ("recommended", 60, ("you", "recommended", "editor", "more", "other", "latest", "top", "most", "popular",
                         "trending"),
     r"(?i:(?:you (?:may|might) also (?:like|be interested in|want to read)|recommended(?: for you)?"
     r"|editor'?s picks|more (?:news|stories)|other news|latest news|top stories|most read|most popular"
     r"|popular(?: news)?|trending(?: now)?)\s*:?)"),
)
NEXT_HEADLINE = ("next_headline", 30, ("previous", "next", "prev"), r"(?i:(?:previous|next|prev) (?:article|post|story|news))")

RULES = (*LINE_RULES, *BLOCK_HEADINGS, NEXT_HEADLINE)
MAX_DEBRIS_LINE = max(longest for _, longest, _, _ in RULES)
BLOCK_RULES = frozenset(name for name, _, _, _ in BLOCK_HEADINGS)      # drop the headlines under them
NEXT_HEADLINE_RULE = NEXT_HEADLINE[0]                                   # drop the headline after it
_LENGTHS = sorted({longest for _, longest, _, _ in RULES})
_ANY_OPENING = tuple(i for i, (_, _, opens, _) in enumerate(RULES) if opens is None)
_ANY_LONGEST = max((RULES[i][1] for i in _ANY_OPENING), default=0)
_BY_OPENING: dict[str, tuple[int, ...]] = {}
for _i, (_, _, _opens, _) in enumerate(RULES):
    for _word in _opens or ():
        _BY_OPENING[_word] = _BY_OPENING.get(_word, ()) + (_i,)
# The opening word of a line: its first run of letters, or its first character.
_OPENING = re.compile(r"[^\W\d_]+|.")
# (opening word or "", length tier) -> the pattern of the rules for such lines, built when
# first needed; "" stands for every word no rule opens with.
_PATTERNS: dict[tuple[str, int], re.Pattern[str] | None] = {}
_TIER = [bisect_left(_LENGTHS, n) for n in range(MAX_DEBRIS_LINE + 1)]      # line length -> tier


def _pattern(word: str, tier: int) -> re.Pattern[str] | None:
    """One pattern of the rules that apply to lines opening with `word` and as long as
    _LENGTHS[tier]: a line is matched once; the group that matched names the rule."""
    rules = _BY_OPENING.get(word, ()) + _ANY_OPENING
    alternatives = [f"(?P<{RULES[i][0]}>{RULES[i][3]})" for i in sorted(rules) if RULES[i][1] >= _LENGTHS[tier]]
    return re.compile("(?:" + "|".join(alternatives) + r")\Z") if alternatives else None


def debris_rule(line: str) -> str | None:
    """The name of the rule that makes the stripped `line` page furniture, else None."""
    n = len(line)
    if n == 0 or n > MAX_DEBRIS_LINE:
        return None
    word = _OPENING.match(line)[0].lower()
    if word not in _BY_OPENING:
        if n > _ANY_LONGEST:                  # most lines of text: no rule opens with their word
            return None
        word = ""
    key = (word, _TIER[n])
    try:
        rx = _PATTERNS[key]
    except KeyError:
        rx = _PATTERNS[key] = _pattern(*key)
    m = rx.match(line) if rx is not None else None
    return m.lastgroup if m else None


def headline_like(line: str) -> bool:
    """Short, no final period: what a list of other articles' headlines is made of."""
    return len(line) <= 160 and not line.endswith((".", ";", ",")) and len(line.split(None, 30)) <= 25
