"""The build, in the order it runs: :mod:`.build` (``build`` and ``extract``) reads the corpus, takes what
:mod:`.cache` holds and has an engine extract the rest (:mod:`.factory` picks one of :mod:`.engines`:
in process, in worker processes, or on Dask with :mod:`.dask_engine`), sets each article aside in a
:mod:`.spill` file, resolves, and writes the :mod:`.outputs`; :mod:`.result` is what it returns."""
