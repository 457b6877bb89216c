"""Field extractors: small functions from sections or text to normalized values."""
