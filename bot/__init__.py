"""SpeakUp's hub: the one public door, owning channels, transcripts and the handoff to people."""
