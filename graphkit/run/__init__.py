"""The build, in the order it runs: :mod:`.build` (``build`` and ``extract``) checks whether anything changed
since the last build into the folder (:mod:`.unchanged`), reads the corpus, takes what :mod:`.cache` holds and
has an engine extract the rest (:mod:`.factory` picks one of :mod:`.engines`: in process, in worker processes,
or on Dask with :mod:`.dask_engine`), sets each article aside in a :mod:`.spill` file, then resolves and writes
the :mod:`.outputs` (:mod:`.finish`; the RDF files in a forked copy, :mod:`.beside`, when there were worker
processes); :mod:`.result` is what it returns."""
