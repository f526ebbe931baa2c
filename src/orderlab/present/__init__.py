"""Presentation without widgets: how the engine's data is shown, in one place.

``panel`` draws ``orderlab.panel`` panels as escaped HTML and text; ``show`` gives notebooks the
engine's "show" functions returning objects Jupyter displays that way; ``summary`` the printable
summary as Markdown and HTML; ``charts`` every chart as SVG (pure Python, so Pyodide can draw
them); ``styles`` the CSS; ``palette`` the one set of colours; ``escape`` the escaping of learner
text. Imports go one way: ``orderlab.ui`` uses this package, this package uses the engine, and the
engine uses neither, not even by a late lookup (``tests/test_layers.py``). Nothing here imports
ipywidgets, IPython, anywidget or matplotlib.
"""
