"""Where the project's data folders are.

The package is meant to be installed in place (``pip install -e .``), so ``ontology/`` and ``seeds/``
sit beside ``kg/``. ``KG_ONTOLOGY`` and ``KG_SEEDS`` point elsewhere when needed.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def ontology_dir() -> Path:
    """The ontology folder (``$KG_ONTOLOGY`` or ``ontology/`` beside the package).

    >>> (ontology_dir() / "exokg.ttl").is_file()
    True
    """
    return Path(os.environ.get("KG_ONTOLOGY", PROJECT_ROOT / "ontology"))


def seeds_dir() -> Path:
    """The seeds folder (``$KG_SEEDS`` or ``seeds/`` beside the package).

    >>> seeds_dir().name
    'seeds'
    """
    return Path(os.environ.get("KG_SEEDS", PROJECT_ROOT / "seeds"))
