"""Build hook: which packages go into the wheel (everything else is in pyproject.toml).

``[tool.setuptools.packages.find]`` cannot name a package whose folder is outside ``factdesk/``, so
the list is made here: every package under ``factdesk/`` plus ``factdesk.resources`` and
``factdesk.seeds``, which ``[tool.setuptools.package-dir]`` maps to the top-level ``resources/`` and
``seeds/`` folders.
"""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["factdesk", "factdesk.*"]), "factdesk.resources", "factdesk.seeds"])
