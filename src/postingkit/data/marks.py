"""The glyphs exporters print as list bullets (Word's Symbol-font bullets arrive as private-use characters)."""

# what ends a sentence or a lead-in: a line ending so is prose, not a short heading
SENTENCE_END = (".", "!", "?", ";", ":")

GLYPH_BULLETS = "•●▪◦‣⁃∙·○■□►▸▶➢✓✔➤➔➜❖◆◇♦\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf071"
