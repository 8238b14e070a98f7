__version__ = "0.1.0"
#: as pyproject.toml's [project] license says (tests/test_packaging_files.py compares them)
__license__ = "Proprietary"
