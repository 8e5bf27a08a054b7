"""Word variants real clerks produce (filled in below)."""
