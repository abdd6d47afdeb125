"""Who: named mentions grouped into the entities of one article (:mod:`.entities`), their
kinds (:mod:`.kinds`), codes from the actor dictionaries (:mod:`.dictionaries`), places
resolved offline (:mod:`.places`) and the codes of generic actors (:mod:`.generic`)."""
