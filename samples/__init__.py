"""Sample submissions and the script that builds them (`python samples/build.py`)."""
