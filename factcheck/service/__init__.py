"""``factcheck serve``: an HTTP JSON API and an editors' page, with workers that keep the pipeline warm.

``core`` checks one text (shared with the language server), ``pool`` runs the worker processes,
``models`` is the contract, ``app`` is the FastAPI application.
"""
