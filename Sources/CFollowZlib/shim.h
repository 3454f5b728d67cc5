// The system zlib, for the gzip reader of FollowImport (Archive/GzipInflater.swift).
// Named CFollowZlib so that it does not clash with ZIPFoundation's own CZLib module.
#include <zlib.h>
