"""The archive's Datasette plugins, registered as one entry point (`press_archive = "ingest.site"`).

Each module handles one concern; its hook implementations carry distinct names (with
`specname`) so that they can all live in this one plugin module.
"""

from .article_page import article_template_vars
from .entity_page import entity_template_vars
from .event_page import event_template_vars
from .search import search_cells, search_routes
from .sitemap import sitemap_routes
from .story_page import story_link_filter, story_template_vars

__all__ = ["article_template_vars", "entity_template_vars", "event_template_vars", "search_cells", "search_routes",
           "sitemap_routes", "story_link_filter", "story_template_vars"]
