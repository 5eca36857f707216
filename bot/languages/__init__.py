"""The languages SpeakUp speaks: which ones (`supported`), the translations (`catalogue`), recognising the
language of a message (`identification`), and the hub's choice of the language to answer in (`choice`)."""
