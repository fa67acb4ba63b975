"""The build: extraction engines (in process, worker processes, Dask), the cache, and ``build`` itself."""
