"""``truce serve``: the analyst's workbench over the store (pages, JSON API, reviews).

The library is ``Workbench`` (one method per page) over ``truce.web.queries``
(every SQL query); ``truce.web.app`` is the thin web layer. Importing this
package does not import the web framework.
"""

from __future__ import annotations

from truce.web.queries import ArticleFilter, EventFilter, IncidentFilter
from truce.web.workbench import NotFound, Workbench

__all__ = ["ArticleFilter", "EventFilter", "IncidentFilter", "NotFound", "Workbench"]
