"""Stage 3, resolve: mention-level relations of every article → resolved actors and relations."""
