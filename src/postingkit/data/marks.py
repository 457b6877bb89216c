"""The glyphs exporters print as list bullets (Word's Symbol-font bullets arrive as private-use characters)."""

GLYPH_BULLETS = "•●▪◦‣⁃∙·○■□►▸➢✓✔➤\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf071"
