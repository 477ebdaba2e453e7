"""The pure core of Lupa: level format, safe YAML reading, validation, model, scoring, session.

Nothing in this package imports pygame, reads a clock or draws; only ``yamlsafe`` and ``loader``
need PyYAML (the browser plays from a compiled JSON content pack instead).
"""
