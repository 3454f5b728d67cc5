// The system zlib, for the gzip reader of FollowImport (Archive/GzipInflater.swift) and the
// PNG decoder of the browser test (Tests/FollowGraphCLITests/PNGImage.swift).
// Named CFollowZlib so that it does not clash with ZIPFoundation's own CZLib module.
#include <zlib.h>
