"""The pygame front end: scenes, widgets, text and theme. The core never imports this package."""
