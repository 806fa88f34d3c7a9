"""earlywarn: early response to job losses."""

__version__ = "0.1.0"
