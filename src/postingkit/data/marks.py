"""The glyphs exporters print as list bullets (Word's Symbol-font bullets arrive as private-use characters)."""

# what ends a sentence or a lead-in: a line ending so is prose, not a short heading
SENTENCE_END = (".", "!", "?", ";", ":")

GLYPH_BULLETS = "•●▪◦‣⁃∙·○■□►▸▶➢✓✔➤➔➜❖◆◇♦\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf071"
# Word's Wingdings bullets as a text export prints them when the symbol font is lost: the arrow becomes "Ø",
# the square "§" (with a space after them only: "Øresund", "§3" are words)
LOST_FONT_BULLETS = "Ø§"

# Words after which a capitalised word goes on the same phrase ("management of Key Accounts", "skills to
# Board level", "feedback to SourceDogg", "the internal Sales Team"): in a list whose line breaks were
# flattened, a capitalised word after any other lowercase word starts the next item ("manner Confident with
# computer work").
JOINING_WORDS = frozenset("""
    a an the of to for in on at by with from into onto as via per than and or nor but
    include includes including such like within across about under over between among your our their its
    his her my this that these those any all each every both either neither some no
    internal external new existing senior junior local national international regional global key relevant
    other various multiple different appropriate wider whole entire own
    experienced
""".split())

# Words that end a requirement ("... is desirable but not essential", "... is an advantage"): in a list flattened
# into one line, whatever follows one of them starts the next item, even a name in capitals ("NVQ Level 2")
REQUIREMENT_ENDINGS = frozenset("essential desirable required preferred advantage advantageous asset mandatory".split())

# The commonest English words, none of them a word of German, French or Spanish: the cut above is for English
# lists only (German capitalises every noun: "für unsere Kunden" is one phrase)
ENGLISH_MARKERS = frozenset("the and of to with for your our you we is are".split())

# Words a title in capitals keeps in lower case when it is given its capitals back ("HEAD OF PROGRAMMES" ->
# "Head of Programmes", "CHEF DE PARTIE" -> "Chef de Partie", "СТАЖЕР-АНАЛИТИК В DATA SCIENCE")
TITLE_SMALL_WORDS = frozenset("""
    a an and at for in of on or the to with
    de des du la le les et en y del für und der die das
    в и по на с
""".split())
