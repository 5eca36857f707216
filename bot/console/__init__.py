"""The staff console: call handlers take conversations over; supervisors oversee reports (issue 5)."""
