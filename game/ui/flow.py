"""How a play moves from screen to screen: one place that knows the order of scenes.

title -> map -> briefing -> item -> (feedback) -> item ... -> results -> next step or map.
A teacher's assignment link opens straight into its first step (or where the student stopped,
when the same assignment is already under way) and ends on the finish screen, where the student
downloads or copies the results. The session and run are saved after every answer, so
"Continue" on the title screen picks up exactly where the player stopped (also after closing the
browser tab); a finished assignment keeps its finish screen until another play starts.
"""

from __future__ import annotations

from game.core.session import AnswerError, Session
from game.ui.run import Run
from game.ui.scene import Replace, Reset, Scene


def first_scenes(ctx) -> list[Scene]:
    from game.ui.scenes.level_map import MapScene
    from game.ui.scenes.title import TitleScene

    if ctx.preview:
        level = (ctx.library.levels + ctx.library.checks or [None])[0]
        stack: list[Scene] = [MapScene(ctx)]
        if level is not None:
            stack.append(briefing(ctx, Run.single(level.id)))
        return stack
    if ctx.playlist is not None and ctx.open_assignment and not ctx.notices:
        scene = resume_scene(ctx) if _same_assignment(ctx) else None
        scene = scene or start_playlist(ctx)
        if scene is not None:
            return [TitleScene(ctx), scene]
    return [TitleScene(ctx)]


def _same_assignment(ctx) -> bool:
    """The saved play is this assignment (a reloaded tab): continue it instead of starting over."""
    data = ctx.progress.resume or {}
    try:
        run = Run.from_dict(data["run"])
    except (KeyError, TypeError, ValueError):
        return False
    fresh = Run.from_playlist(ctx.playlist, ctx.library)
    return run.playlist and run.steps == fresh.steps and run.name == fresh.name


def briefing(ctx, run: Run) -> Scene:
    from game.ui.scenes.briefing import BriefingScene

    return BriefingScene(ctx, run, run.level(ctx.library))


def start_items(ctx, run: Run) -> Scene:
    from game.ui.scenes.item import ItemScene

    level = run.level(ctx.library)
    ctx.seed += 1
    session = Session.start(level, seed=ctx.seed, technique_ids=ctx.technique_ids)
    save_resume(ctx, run, session)
    return ItemScene(ctx, run, session)


def after_answer(ctx, run: Run, session: Session, result) -> Scene:
    from game.ui.scenes.feedback import FeedbackScene

    save_resume(ctx, run, session)
    if session.feedback_on:
        return FeedbackScene(ctx, run, session, result)
    return next_item(ctx, run, session)


def next_item(ctx, run: Run, session: Session) -> Scene:
    from game.ui.scenes.item import ItemScene
    from game.ui.scenes.results import ResultsScene

    session.next()
    if session.done:
        report = session.report()
        new_best = ctx.progress.record(report)
        run.finish(report)
        more = not run.last
        if more:
            ctx.progress.set_resume({"run": _next_run(run).to_dict()})
        elif run.playlist:  # keep the finished assignment: its results can be fetched again
            ctx.progress.set_resume({"run": run.to_dict(), "finished": True})
        else:
            ctx.progress.set_resume(None)
        return ResultsScene(ctx, run, session, report, new_best)
    save_resume(ctx, run, session)
    return ItemScene(ctx, run, session)


def _next_run(run: Run) -> Run:
    nxt = Run.from_dict(run.to_dict())
    nxt.advance()
    return nxt


def after_results(ctx, run: Run):
    """Where "Continue" on the results screen leads: the next step, or home."""
    from game.ui.scenes.level_map import MapScene
    from game.ui.scenes.title import TitleScene

    if run.advance():
        return Replace(briefing(ctx, run))
    if run.playlist:
        return Replace(finish(ctx, run))
    return Reset(MapScene(ctx), () if ctx.preview else (TitleScene(ctx),))


def finish(ctx, run: Run) -> Scene:
    from game.ui.scenes.finish import FinishScene

    return FinishScene(ctx, run)


def save_resume(ctx, run: Run, session: Session) -> None:
    ctx.progress.set_resume({"run": run.to_dict(), "session": session.to_dict()})


def can_resume(ctx) -> bool:
    return resume_scene(ctx, dry=True) is not None


def resume_scene(ctx, dry: bool = False):
    """The scene that continues the saved play, or None when there is nothing (valid) to continue."""
    from game.ui.scenes.item import ItemScene

    data = ctx.progress.resume
    if not data:
        return None
    try:
        run = Run.from_dict(data["run"])
        if data.get("finished") and run.playlist and run.played:
            return True if dry else finish(ctx, run)
        level = run.level(ctx.library)
        if level is None:
            return None
        if "session" not in data:
            return True if dry else briefing(ctx, run)
        session = Session.from_dict(data["session"], level)
    except (AnswerError, KeyError, TypeError, ValueError):
        return None
    if session.done:
        return None
    if dry:
        return True
    if session.current is not None and session.answered(session.current.id):
        return next_item(ctx, run, session)  # answered before the game closed: move on
    return ItemScene(ctx, run, session)


def start_playlist(ctx) -> Scene | None:
    if ctx.playlist is None:
        return None
    run = Run.from_playlist(ctx.playlist, ctx.library)
    if not run.steps:
        return None
    return briefing(ctx, run)
