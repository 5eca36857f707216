"""SpeakUp's action server (rasa-sdk): run with `rasa run actions --actions actions`.

One concern per module: `choices` (typed answers to buttons), `free_text` (accounts over several
messages), `report_form` (the report's questions), `review` (summary and changing an answer), `submit`
and `stopping` (saving), `references` (adding to an earlier report), `danger`, `helplines`, `handoff`,
`menu`. User-facing text lives in the domain (domain/), never here."""
