"""Stage 7, evaluation (what ``graphkit evaluate`` runs): gold sets (:mod:`.gold`), the scorer that matches a
build's records against them (:mod:`.score`) and what it gives (:mod:`.results`); each record judged right or
wrong (:mod:`.judge`), and the confidence table of the extraction patterns with its calibration measured out of
sample (:mod:`.calibrate`)."""
