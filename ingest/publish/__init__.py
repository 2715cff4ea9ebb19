"""Publishing a finished archive: a Datasette deployment bundle, or a static site.

Both read `archive.db` as a finished product (read-only, through `archive.py`)
and never re-run the pipeline, so a published archive is exactly the database
it was made from.
"""
