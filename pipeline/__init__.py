"""Målkoll: reads Swedish library-plan follow-ups into comparable JSON.

    from pipeline import process
    followup = process("uppfoljning.md")   # path -> FollowUp, pure
"""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("malkoll")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"



def __getattr__(name: str):
    # Lazy, so that `import pipeline.readers` does not load every stage.
    if name == "process":
        from pipeline.stages import process
        return process
    raise AttributeError(name)


__all__ = ["process", "__version__"]
