-- Schema v5: the full-text index also lists, per candidate, the openings they
-- applied to and those where the application is active (scope tokens
-- "openingN" and "openingNactive"), so a search inside one opening intersects
-- posting lists in the index instead of joining every match in the file to
-- the applications table. Backend-specific (0005_scoped_search.<backend>.sql).
SELECT 1;
