"""One adapter per public channel. Each turns what its channel sends into the hub's `Inbound`
messages and delivers replies back in that channel's own form."""
