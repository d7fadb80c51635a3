"""`python -m trials` runs the same CLI as the `trials` console script."""

from trials.cli import main

raise SystemExit(main())
