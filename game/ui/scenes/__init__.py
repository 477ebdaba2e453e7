"""One module per scene: title, map, briefing, item, feedback, results, settings, language, credits."""
