"""press-archive: French-language news articles into one SQLite database, published with Datasette."""

__version__ = "0.1.0"
