"""Language names as notices write them -> ISO 639 code (639-1 where it exists, else 639-3).

pycountry gives canonical names for codes; this table holds what it cannot know: which words in a
notice mean a language (English names and endonyms), groupings such as BCMS, and the gotchas
("Roma" is Romani, Gorani of Kosovo has no code and must not become an Iranian language)."""
from __future__ import annotations

# alias (lower case) -> code, or None where the language has no ISO 639 code
LANGUAGE_ALIASES: dict[str, str | None] = {
    "english": "en", "french": "fr", "français": "fr", "francais": "fr", "spanish": "es", "español": "es",
    "castilian": "es", "portuguese": "pt", "português": "pt", "german": "de", "deutsch": "de", "italian": "it",
    "italiano": "it", "dutch": "nl", "flemish": "nl", "arabic": "ar", "russian": "ru", "русский": "ru",
    "chinese": "zh", "mandarin": "zh", "cantonese": "yue", "japanese": "ja", "korean": "ko", "hindi": "hi",
    "urdu": "ur", "bengali": "bn", "bangla": "bn", "punjabi": "pa", "persian": "fa", "farsi": "fa",
    "dari": "prs", "pashto": "ps", "pashtu": "ps", "turkish": "tr", "türkçe": "tr", "kurdish": "ku",
    "kurmanji": "kmr", "sorani": "ckb", "hebrew": "he", "greek": "el", "albanian": "sq", "shqip": "sq",
    "serbian": "sr", "srpski": "sr", "српски": "sr", "croatian": "hr", "hrvatski": "hr", "bosnian": "bs",
    "bosanski": "bs", "montenegrin": "cnr", "crnogorski": "cnr", "macedonian": "mk", "македонски": "mk",
    "slovenian": "sl", "slovene": "sl", "bulgarian": "bg", "romanian": "ro", "moldovan": "ro",
    "hungarian": "hu", "czech": "cs", "slovak": "sk", "polish": "pl", "ukrainian": "uk", "українська": "uk",
    "belarusian": "be", "georgian": "ka", "armenian": "hy", "azerbaijani": "az", "azeri": "az",
    "kazakh": "kk", "kyrgyz": "ky", "uzbek": "uz", "tajik": "tg", "turkmen": "tk", "mongolian": "mn",
    "lithuanian": "lt", "latvian": "lv", "estonian": "et", "finnish": "fi", "swedish": "sv", "norwegian": "no",
    "danish": "da", "icelandic": "is", "irish": "ga", "welsh": "cy", "maltese": "mt", "swahili": "sw",
    "kiswahili": "sw", "amharic": "am", "tigrinya": "ti", "oromo": "om", "somali": "so", "hausa": "ha",
    "yoruba": "yo", "igbo": "ig", "zulu": "zu", "xhosa": "xh", "afrikaans": "af", "kinyarwanda": "rw",
    "kirundi": "rn", "lingala": "ln", "malagasy": "mg", "wolof": "wo", "fulani": "ff", "fula": "ff",
    "bambara": "bm", "thai": "th", "vietnamese": "vi", "khmer": "km", "lao": "lo", "burmese": "my",
    "indonesian": "id", "bahasa indonesia": "id", "malay": "ms", "bahasa malaysia": "ms", "tagalog": "tl",
    "filipino": "fil", "cebuano": "ceb", "bisaya": "ceb", "binisaya": "ceb", "ilocano": "ilo", "ilokano": "ilo",
    "hiligaynon": "hil", "waray": "war", "maranao": "mrw", "maguindanao": "mdh", "tausug": "tsg",
    "kapampangan": "pam", "tamil": "ta", "telugu": "te", "marathi": "mr", "gujarati": "gu", "kannada": "kn",
    "malayalam": "ml", "sinhala": "si", "sinhalese": "si", "nepali": "ne", "tetum": "tet",
    "haitian creole": "ht", "quechua": "qu", "guarani": "gn", "aymara": "ay", "catalan": "ca",
    "basque": "eu", "galician": "gl", "romani": "rom", "romany": "rom", "roma": "rom", "romanes": "rom",
    "turkmen language": "tk", "gorani": None, "sign language": None,
    # languages of the places humanitarian notices recruit for (Sahel, Lake Chad, the Great Lakes, the Horn,
    # South Sudan, Uganda, southern Africa, Bangladesh and Myanmar, Afghanistan and Pakistan); names that are
    # also English words or people's names ("Karen", "Moore", "Ga", "Bari") are left out
    "kanuri": "kr", "kikongo": "kg", "kongo": "kg", "fulfulde": "ff", "pulaar": "ff", "zarma": "dje",
    "djerma": "dje", "tamasheq": "taq", "mooré": "mos", "dioula": "dyu", "jula": "dyu",
    "sango": "sg", "zande": "zne", "dinka": "din", "nuer": "nus", "acholi": "ach", "luganda": "lg",
    "runyankole": "nyn", "lugbara": "lgg", "chichewa": "ny", "nyanja": "ny", "shona": "sn", "ndebele": "nd",
    "sesotho": "st", "setswana": "tn", "tigre": "tig", "afar": "aa", "rohingya": "rhg", "chittagonian": "ctg",
    "balochi": "bal", "baluchi": "bal", "sindhi": "sd", "saraiki": "skr", "hazaragi": "haz", "uyghur": "ug",
    "chechen": "ce", "krio": "kri", "temne": "tem", "twi": "ak", "akan": "ak", "kikuyu": "ki", "luo": "luo",
    "kalenjin": "kln", "turkana": "tuv", "afaan oromo": "om", "afan oromo": "om", "juba arabic": "pga",
    "chadian arabic": "shu", "hassaniya": "mey", "darija": "ary", "tamazight": "tzm", "kabyle": "kab",
    "tok pisin": "tpi", "bislama": "bi", "papiamento": "pap", "k'iche'": "quc", "q'eqchi'": "kek",
    # Zambia, Malawi, Mozambique, South Africa and eSwatini ("Tonga" is a country, "venda" Portuguese
    # for a sale, "Sena" a name: left out)
    "bemba": "bem", "icibemba": "bem", "lozi": "loz", "silozi": "loz", "kaonde": "kqn", "lunda": "lun",
    "luvale": "lue", "tumbuka": "tum", "chitumbuka": "tum", "xitsonga": "ts", "tsonga": "ts", "tshivenda": "ve",
    "siswati": "ss", "sepedi": "nso", "makhuwa": "vmw", "emakhuwa": "vmw", "macua": "vmw", "kimwani": "wmw",
    "shimakonde": "kde", "makonde": "kde", "cisena": "seh", "xichangana": "ts", "changana": "ts",
    # as French, German and Spanish notices name the languages their readers are asked for
    "anglais": "en", "anglaise": "en", "allemand": "de", "espagnol": "es", "italien": "it", "portugais": "pt",
    "néerlandais": "nl", "arabe": "ar", "chinois": "zh", "russe": "ru", "japonais": "ja",
    "englisch": "en", "französisch": "fr", "spanisch": "es", "italienisch": "it", "niederländisch": "nl",
    "inglés": "en", "ingles": "en", "francés": "fr", "frances": "fr", "alemán": "de", "portugués": "pt",
    # German writes the knowledge of a language as one word: "Sehr gute Englischkenntnisse"
    "englischkenntnisse": "en", "deutschkenntnisse": "de", "französischkenntnisse": "fr",
    "spanischkenntnisse": "es", "italienischkenntnisse": "it",
}

# Russian and Ukrainian name a language by an adjective, declined: "Знание английского языка" (knowledge of the
# English language), "владение английским", "англійська мова"; each stem with the endings its language gives it
_RUSSIAN_STEMS = {"английск": "en", "русск": "ru", "немецк": "de", "французск": "fr", "испанск": "es",
                  "китайск": "zh", "арабск": "ar", "украинск": "uk", "казахск": "kk"}
_UKRAINIAN_STEMS = {"англійськ": "en", "українськ": "uk", "російськ": "ru", "німецьк": "de", "французьк": "fr"}
LANGUAGE_ALIASES.update({stem + ending: code for stem, code in _RUSSIAN_STEMS.items()
                         for ending in ("ий", "ого", "ом", "им", "ому", "ая", "ой", "ую")})
LANGUAGE_ALIASES.update({stem + ending: code for stem, code in _UKRAINIAN_STEMS.items()
                         for ending in ("а", "ої", "ою", "у", "ій", "ий", "ого", "ою")})

# The words that join the languages of a list: "English and French", "inglés y francés", "Deutsch oder Englisch"
LANGUAGE_LIST_JOINTS = frozenset({"and", "or", "y", "e", "o", "u", "et", "ou", "und", "oder"})

# Names pycountry spells differently from how notices (and the gold standard) name the language.
NAME_OVERRIDES: dict[str, str] = {
    "rom": "Romani", "el": "Greek", "prs": "Dari", "fa": "Persian", "es": "Spanish", "nl": "Dutch",
    "ht": "Haitian Creole", "ky": "Kyrgyz", "ro": "Romanian", "ckb": "Sorani", "kmr": "Kurmanji",
    "yue": "Cantonese", "fil": "Filipino", "tl": "Tagalog", "sw": "Swahili", "ms": "Malay", "no": "Norwegian",
    "pa": "Punjabi", "ps": "Pashto", "km": "Khmer", "ff": "Fula", "si": "Sinhala", "ca": "Catalan",
    "kg": "Kikongo", "tzm": "Tamazight",
}

# One word that stands for several languages at once.
LANGUAGE_GROUPS: dict[str, tuple[str, ...]] = {
    "bcms": ("bs", "hr", "cnr", "sr"),
    "bcs": ("bs", "hr", "sr"),
    "bhs": ("bs", "hr", "sr"),
    "serbo-croatian": ("sr", "hr"),
    "serbo-croat": ("sr", "hr"),
}

# Words that look like a language name but here are something else.
NOT_LANGUAGES = ("programming language", "language skills", "body language", "plain language",
                 "query language", "markup language", "natural language", "language model")

# Nouns after which a language's name is a people's or a country's adjective, not the language: "French and German
# clients", "the Spanish labour market", "Chinese suppliers", "English law".
NATIONALITY_NOUNS = frozenset({
    "client", "clients", "customer", "customers", "market", "markets", "labour", "labor", "law", "laws",
    "legislation", "government", "governments", "authorities", "authority", "company", "companies", "firms", "firm",
    "partners", "partner", "nationals", "national", "citizens", "citizen", "citizenship", "nationality", "passport",
    "culture", "cuisine", "regulations", "regulation", "regulatory", "tax", "stakeholders", "institutions",
    "ministries", "ministry", "suppliers", "supplier", "manufacturers", "subsidiaries", "subsidiary", "offices",
    "office", "territory", "territories", "region", "regions", "embassy", "accounts", "account", "entities",
    "entity", "residents", "resident", "banks", "bank", "courts", "context", "operations", "economy", "universities",
    "university", "schools", "school", "hospitals", "hospital", "army", "police", "counterparts"})
