namespace shortlist {}
